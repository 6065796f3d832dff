import type { GraphQLContext } from "../../context.ts";
import { listPrioritiesSql } from "../../data/hot/hotReads.ts";
import type { PriorityRecord } from "../../data/records.ts";

export async function listPriorities(ctx: Pick<GraphQLContext, "db" | "loaders">): Promise<PriorityRecord[]> {
  const priorities = await listPrioritiesSql(ctx.db.pool);
  // Prime the loader so child fields asking for a priority by id cost nothing more.
  for (const p of priorities) ctx.loaders.priorityById.prime(p.id, p);
  return priorities;
}
