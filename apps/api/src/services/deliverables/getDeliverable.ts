import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";
import { findDeliverableById } from "../../data/repositories/deliverableRepository.ts";

export async function getDeliverable(
  ctx: Pick<GraphQLContext, "db">,
  id: string,
): Promise<DeliverableRecord | null> {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) return null;
  return findDeliverableById(ctx.db.prisma, n);
}
