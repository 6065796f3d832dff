import { beforeAll } from "vitest";
import { type TestServer, useTestServer } from "../harness/index.ts";

type Role = Parameters<TestServer["signInAs"]>[0];
export type Caller = Role | "ANONYMOUS";
export type Outcome = "ALLOWED" | "UNAUTHENTICATED" | "FORBIDDEN";

const CALLERS: readonly Caller[] = ["ANONYMOUS", "VIEWER", "EDITOR", "ADMIN"];
const RANK: Record<Caller, number> = { ANONYMOUS: 0, VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/**
 * For an authorisation matrix: the file's server with a session for each role signed in before the
 * tests, every caller (anonymous included), and what a caller should get from an operation that needs
 * `minimum`: let through at or above it, UNAUTHENTICATED without a session, FORBIDDEN below it.
 */
export function useEveryCaller() {
  const server = useTestServer();
  const cookies = new Map<Caller, string | null>([["ANONYMOUS", null]]);
  beforeAll(async () => {
    for (const role of ["VIEWER", "EDITOR", "ADMIN"] as const) cookies.set(role, await server.signInAs(role));
  });
  return {
    server,
    callers: CALLERS,
    cookieOf: (caller: Caller) => cookies.get(caller) ?? null,
    outcomeFor: (caller: Caller, minimum: Caller): Outcome =>
      RANK[caller] >= RANK[minimum] ? "ALLOWED" : caller === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN",
  };
}
