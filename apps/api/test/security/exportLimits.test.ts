import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitConcurrency } from "../../src/server/limitConcurrency.ts";
import { startTestServer, type TestServer } from "../harness/index.ts";

let server: TestServer;
let sectionId: string;
beforeAll(async () => {
  server = await startTestServer();
  const result = await server.graphql<{ priority: { scorecards: { sections: { id: string }[] }[] } }>(
    "{ priority(number: 1) { scorecards { sections { id } } } }",
  );
  const id = result.data?.priority.scorecards[0]?.sections[0]?.id;
  if (!id) throw new Error("the seed has no section in priority 1");
  sectionId = id;
});
afterAll(async () => {
  await server?.close();
});

describe("exports share the API's concurrency limit (decision 0011)", () => {
  it("anyone may export the published figures, without signing in", async () => {
    const response = await fetch(`${server.url}/api/exports/section/${sectionId}.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
  });

  it("a burst of 40 workbook exports: a few build, the rest are refused at once with 503 + Retry-After", {
    timeout: 180_000,
  }, async () => {
    const health: number[] = [];
    const burst = Array.from({ length: 40 }, async () => {
      const response = await fetch(`${server.url}/api/exports/section/${sectionId}.xlsx`);
      // Read every body to its end, so a built workbook has really been sent.
      const body: unknown = response.status === 503 ? await response.json() : await response.arrayBuffer();
      return {
        status: response.status,
        retryAfter: response.headers.get("retry-after"),
        body,
        at: Date.now(),
      };
    });
    // Readers are not shut out meanwhile: GraphQL has its own places in the shared limit.
    const reader = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const result = await server.graphql<{ health: { ok: boolean } }>("{ health { ok } }");
      health.push(result.status);
    })();
    const results = await Promise.all(burst);
    await reader;

    const refused = results.filter((r) => r.status === 503);
    const built = results.filter((r) => r.status === 200);
    expect(built.length + refused.length).toBe(40);
    expect(built.length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.body).toMatchObject({ error: { code: "SERVICE_UNAVAILABLE" } });
      // Refused straight away, not after queueing behind the others: before the last one built.
      expect(r.at).toBeLessThan(Math.max(...built.map((b) => b.at)));
    }
    expect(health).toEqual([200]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("GraphQL's own refusal when its queue is full also says when to come back", () => {
    // The same limiter; here only the shape of its answer under /graphql, with no place left at all.
    const limit = limitConcurrency(0, 0);
    const headers = new Map<string, string>();
    let sent: { status: number; body: unknown } | undefined;
    const res = {
      once: () => res,
      setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
      status: (status: number) => ({ json: (body: unknown) => (sent = { status, body }) }),
    };
    limit({ originalUrl: "/graphql" } as never, res as never, () => {});
    expect(sent?.status).toBe(503);
    expect(headers.get("retry-after")).toBe("2");
    expect(sent?.body).toMatchObject({ errors: [{ extensions: { code: "SERVICE_UNAVAILABLE" } }] });
  });
});
