import type { GraphQLContext } from "../../context.ts";
import type { PriorityRecord } from "../../data/records.ts";
import { listPriorities as listPriorityRows } from "../../data/repositories/planRepository.ts";

export async function listPriorities(ctx: Pick<GraphQLContext, "db" | "loaders">): Promise<PriorityRecord[]> {
  const priorities = await listPriorityRows(ctx.db.prisma);
  // Prime the loader so child fields asking for a priority by id cost nothing more.
  for (const p of priorities) ctx.loaders.priorityById.prime(p.id, p);
  return priorities;
}
