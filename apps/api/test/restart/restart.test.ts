import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../harness/index.ts";
import { canRunPrivatePostgres, type PrivatePostgres, startPrivatePostgres } from "./privatePostgres.ts";

const QUERY = "{ users { email } health { ok } }";

interface Tally {
  ok: number;
  clean: number;
  unclean: string[];
}

let pg: PrivatePostgres;
let server: TestServer;
let admin: string;

beforeAll(async () => {
  pg = await startPrivatePostgres();
  server = await startTestServer({ databaseServerUrl: pg.url });
  admin = await server.signInAs("ADMIN");
});
afterAll(async () => {
  await server?.close().catch(() => {});
  pg?.destroy();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

const readyStatus = async () => (await fetch(`${server.url}/readyz`)).status;

/** Keeps 8 clients sending the query until stopped; sorts every answer into ok / clean error / unclean. */
function load(tally: Tally): () => Promise<void> {
  let running = true;
  const client = async () => {
    while (running) {
      let response: Response;
      try {
        response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: admin },
          body: JSON.stringify({ query: QUERY }),
          signal: AbortSignal.timeout(20_000),
        });
      } catch (error) {
        // A reset connection or a hang is exactly what this test must not see.
        tally.unclean.push(`fetch failed: ${String((error as Error).cause ?? error)}`);
        continue;
      }
      const body = (await response.json()) as {
        data?: unknown;
        errors?: { extensions?: { code?: string } }[];
      };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      if (!body.errors && response.status === 200) tally.ok++;
      else if (codes.length > 0 && codes.every((c) => c === "SERVICE_UNAVAILABLE")) tally.clean++;
      else tally.unclean.push(`${response.status} ${JSON.stringify(body).slice(0, 800)}`);
    }
  };
  const clients = Array.from({ length: 8 }, client);
  return async () => {
    running = false;
    await Promise.all(clients);
  };
}

describe.runIf(canRunPrivatePostgres())("PostgreSQL restarts under load", () => {
  it("no crash, /readyz 503 and clean errors while down, service back within seconds", {
    timeout: 120_000,
  }, async () => {
    const tally: Tally = { ok: 0, clean: 0, unclean: [] };
    const stopLoad = load(tally);
    try {
      // Timings are generous: CI machines may be busy with other suites at the same time.
      await waitFor(async () => tally.ok >= 5, 20_000);

      await pg.stop();
      await waitFor(async () => (await readyStatus()) === 503, 10_000);
      await waitFor(async () => tally.clean >= 3, 20_000);
      expect(await readyStatus()).toBe(503);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      await pg.start();
      const recoveredIn = await waitFor(async () => (await readyStatus()) === 200, 20_000);
      const okAfterRestart = tally.ok;
      await waitFor(async () => tally.ok >= okAfterRestart + 5, 20_000);
      console.info(
        `restart: ready again ${recoveredIn} ms after PostgreSQL started; ${JSON.stringify({ ok: tally.ok, clean: tally.clean })}`,
      );
    } finally {
      await stopLoad();
    }

    expect(tally.unclean, tally.unclean.slice(0, 5).join("\n")).toEqual([]);
    const after = await server.graphql<{ users: unknown[] }>(QUERY, {}, { cookie: admin });
    expect(after.errors).toBeUndefined();
    expect(after.data?.users.length).toBeGreaterThan(0);
  });
});
