import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";

/** The quarter this one was opened from ("last quarter"), when the reader may see it. */
export async function previousQuarterOf(
  ctx: Pick<GraphQLContext, "loaders">,
  quarter: Pick<ReportingPeriodRecord, "openedFromId">,
): Promise<ReportingPeriodRecord | null> {
  if (quarter.openedFromId === null) return null;
  const periods = await ctx.loaders.reportingPeriods.load("all");
  return periods.find((p) => p.id === quarter.openedFromId) ?? null;
}
