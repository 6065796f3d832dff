import type { GraphQLContext } from "../../context.ts";
import type { PriorityRecord } from "../../data/records.ts";

export async function listPriorities(
  ctx: Pick<GraphQLContext, "repos" | "loaders">,
): Promise<PriorityRecord[]> {
  const priorities = await ctx.loaders.priorities.load("all");
  // Prime the loader so child fields asking for a priority by id cost nothing more.
  for (const p of priorities) ctx.loaders.priorityById.prime(p.id, p);
  return priorities;
}
