import type { GraphQLContext } from "../../context.ts";
import type { PriorityRecord } from "../../data/records.ts";
import { listPriorities } from "./listPriorities.ts";

/** A priority by its number in the current plan, or null. */
export async function getPriority(
  ctx: Pick<GraphQLContext, "repos" | "loaders">,
  number: number,
): Promise<PriorityRecord | null> {
  const priorities = await listPriorities(ctx);
  return priorities.find((p) => p.number === number) ?? null;
}
