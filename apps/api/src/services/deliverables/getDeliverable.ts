import type { GraphQLContext } from "../../context.ts";
import type { DeliverableRecord } from "../../data/records.ts";

/** One deliverable by id; one of a draft quarter is, to a reader who may not see drafts, not there. */
export async function getDeliverable(
  ctx: Pick<GraphQLContext, "repos" | "loaders">,
  id: string,
): Promise<DeliverableRecord | null> {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) return null;
  const [deliverable, periods] = await Promise.all([
    ctx.repos.deliverables.findById(n),
    ctx.loaders.reportingPeriods.load("all"),
  ]);
  if (!deliverable || !periods.some((p) => p.id === deliverable.reportingPeriodId)) return null;
  return deliverable;
}
