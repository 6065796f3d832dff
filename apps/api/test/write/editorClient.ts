import { expect } from "vitest";
import type { TestServer } from "../harness/index.ts";

/** GraphQL response data read loosely: each test names the fields it asserts on. */
// biome-ignore lint/suspicious/noExplicitAny: response shapes are checked by the assertions themselves
export type Loose = Record<string, any>;

/** A GraphQL call's data (anonymous unless a cookie is given), failing the test on any top-level error. */
export async function graphqlOk<T = Loose>(
  server: TestServer,
  query: string,
  variables?: Record<string, unknown>,
  cookie: string | null = null,
): Promise<T> {
  const result = await server.graphql<T>(query, variables, { cookie });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

/** A signed-in editor's GraphQL calls, failing the test on any top-level error unless asked not to. */
export async function editorClient(server: TestServer) {
  const cookie = await server.signInAs("EDITOR");
  return {
    cookie,
    ok: <T = Loose>(query: string, variables?: Record<string, unknown>) =>
      graphqlOk<T>(server, query, variables, cookie),
    /** The first error's code and extensions, for NOT_FOUND / CONFLICT paths. */
    async error(query: string, variables?: Record<string, unknown>) {
      const result = await server.graphql(query, variables, { cookie });
      expect(result.errors?.length, JSON.stringify(result.data)).toBeGreaterThan(0);
      return result.errors![0]!;
    },
  };
}

/** Audit events of one record, newest first, as any signed-in user sees them. */
export async function historyOf(server: TestServer, cookie: string, entityType: string, entityId: string) {
  const result = await server.graphql<{
    auditHistory: {
      action: string;
      actorEmail: string;
      before: Loose | null;
      after: Loose | null;
      reason: string | null;
      changes: string[];
    }[];
  }>(
    `query H($t: String!, $id: ID!) { auditHistory(entityType: $t, entityId: $id) { id at action actorEmail before after reason changes } }`,
    { t: entityType, id: entityId },
    { cookie },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.auditHistory;
}

export type EditorClient = Awaited<ReturnType<typeof editorClient>>;
