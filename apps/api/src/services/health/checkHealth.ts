import type { GraphQLContext } from "../../context.ts";

/** Liveness plus one database round trip. */
export async function checkHealth(ctx: { repos: Pick<GraphQLContext["repos"], "database"> }) {
  const database = await ctx.repos.database.ping();
  return { ok: database, database, databaseKind: ctx.repos.database.kind };
}
