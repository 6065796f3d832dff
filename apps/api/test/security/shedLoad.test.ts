import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/server/logger.ts";
import { shedLoad } from "../../src/server/shedLoad.ts";

const MB = 1024 * 1024;

function fakeResponse() {
  const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const res = {
    setHeader: (name: string, value: string) => {
      sent.headers[name] = value;
    },
    status(code: number) {
      sent.status = code;
      return res;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  return { res, sent };
}

describe("load shedding by memory", () => {
  it("refuses new requests with 503 and Retry-After near the RSS limit, and takes them again after", () => {
    let rss = 100 * MB;
    const guard = shedLoad(createLogger("silent"), {
      memoryLimitMb: 1000,
      readMemory: () => ({ rss, heapUsed: 10 * MB }),
      intervalMs: 60_000,
    });
    try {
      const pass = (path: string) => {
        const { res, sent } = fakeResponse();
        let passed = false;
        guard({ path } as never, res as never, () => {
          passed = true;
        });
        return { passed, sent };
      };
      guard.check();
      expect(pass("/graphql").passed).toBe(true);
      rss = 900 * MB; // over 85% of 1,000 MB
      guard.check();
      const graphql = pass("/graphql");
      expect(graphql.passed).toBe(false);
      expect(graphql.sent).toMatchObject({ status: 503, headers: { "Retry-After": "10" } });
      expect(graphql.sent.body).toMatchObject({ errors: [{ extensions: { code: "SERVICE_UNAVAILABLE" } }] });
      expect(pass("/api/imports/observations").sent.body).toMatchObject({
        error: { code: "SERVICE_UNAVAILABLE" },
      });
      rss = 500 * MB;
      guard.check();
      expect(pass("/graphql").passed).toBe(true);
    } finally {
      guard.stop();
    }
  });
});
