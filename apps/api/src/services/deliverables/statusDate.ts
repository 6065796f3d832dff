import { statusDateFor } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";

/**
 * The day deliverable status is judged on (YYYY-MM-DD) for a reporting period, by the domain's rule
 * (the last day of the period). No period means the current one; the clock is never read.
 */
export async function statusDate(
  ctx: Pick<GraphQLContext, "loaders">,
  periodCode?: string | null,
): Promise<string> {
  const period = await resolvePeriod(ctx, periodCode);
  return statusDateFor(period.end);
}

/**
 * The day a deliverable's status is judged on: the period asked for, or else the end of the quarter
 * the deliverable belongs to, so a draft quarter's deliverables read as at that quarter's end.
 */
export async function deliverableStatusDate(
  ctx: Pick<GraphQLContext, "loaders">,
  deliverable: { reportingPeriodId: number },
  periodCode?: string | null,
): Promise<string> {
  if (periodCode != null) return statusDate(ctx, periodCode);
  const periods = await ctx.loaders.reportingPeriods.load("all");
  const own = periods.find((p) => p.id === deliverable.reportingPeriodId);
  return own ? statusDateFor(own.end) : statusDate(ctx);
}
