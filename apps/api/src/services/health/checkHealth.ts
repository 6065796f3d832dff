import type { GraphQLContext } from "../../context.ts";

/** Liveness plus one database round trip. */
export async function checkHealth(ctx: Pick<GraphQLContext, "db">) {
  const database = await ctx.db.ping();
  return { ok: database, database, databaseKind: ctx.db.kind };
}
