import { describe, expect, it } from "vitest";
import { startTestServer, useTestServer } from "../harness/index.ts";

const server = useTestServer();

describe("health probes", () => {
  it("/healthz answers ok without touching the database", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("/readyz reports the database reachable", async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { database: boolean; databaseKind: string };
    expect(body.database).toBe(true);
    expect(body.databaseKind).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
  });

  it("/readyz answers 503 once the database handle is gone", async () => {
    const other = await startTestServer();
    await other.db.close();
    const response = await fetch(`${other.url}/readyz`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { database: boolean }).database).toBe(false);
    await other.close();
  });

  it("sets security headers on every response", async () => {
    const response = await fetch(`${server.url}/healthz`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });
});
