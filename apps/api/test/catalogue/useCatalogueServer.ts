import { beforeAll, expect } from "vitest";
import { type TestServer, useTestServer } from "../harness/index.ts";
import { graphqlOk, historyOf, type Loose } from "../write/editorClient.ts";

type Role = "ADMIN" | "EDITOR" | "VIEWER";

/** One role's GraphQL calls: `ok` fails the test on any top-level error, `error` returns the first one. */
export interface RoleClient {
  cookie: string;
  ok<T = Loose>(query: string, variables?: Record<string, unknown>): Promise<T>;
  error(query: string, variables?: Record<string, unknown>): Promise<{ message: string; extensions?: Loose }>;
}

/**
 * The file's own server with an admin (who keeps the catalogue), an editor and a viewer signed in,
 * and the helpers every catalogue test asks: a metric as the public reads it and its audit events.
 */
export function useCatalogueServer() {
  const server = useTestServer();
  const clients = new Map<Role, RoleClient>();
  beforeAll(async () => {
    for (const role of ["ADMIN", "EDITOR", "VIEWER"] as const)
      clients.set(role, await clientFor(server, role));
  });
  const as = (role: Role): RoleClient => {
    const client = clients.get(role);
    if (!client)
      throw new Error("The catalogue's clients sign in in beforeAll: use them inside a test or hook");
    return client;
  };
  return {
    server,
    as,
    admin: {
      ok: <T = Loose>(q: string, v?: Record<string, unknown>) => as("ADMIN").ok<T>(q, v),
      error: (q: string, v?: Record<string, unknown>) => as("ADMIN").error(q, v),
    },
    /** A metric's audit events, newest first. */
    history: (metricId: string) => historyOf(server, as("ADMIN").cookie, "Metric", metricId),
    /** Rows of a table for one metric, straight from the database: what a refusal must leave alone. */
    async countRows(
      table: "Metric" | "MetricDefinition" | "ProcessChange",
      metricId: string,
    ): Promise<number> {
      const column = table === "Metric" ? "id" : "metricId";
      const { rows } = await server.db.pool.query(
        `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`,
        [metricId],
      );
      return rows[0].n as number;
    },
  };
}

async function clientFor(server: TestServer, role: Role): Promise<RoleClient> {
  const cookie = await server.signInAs(role);
  return {
    cookie,
    ok: (query, variables) => graphqlOk(server, query, variables, cookie),
    async error(query, variables) {
      const result = await server.graphql(query, variables, { cookie });
      expect(result.errors?.length, JSON.stringify(result.data)).toBeGreaterThan(0);
      return result.errors![0] as { message: string; extensions?: Loose };
    },
  };
}
