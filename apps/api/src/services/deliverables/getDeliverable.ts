import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";

export async function getDeliverable(
  ctx: Pick<GraphQLContext, "repos">,
  id: string,
): Promise<DeliverableRecord | null> {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) return null;
  return ctx.repos.deliverables.findById(n);
}
