import type { GraphQLContext } from "../../context.ts";
import type { ReportingPeriodRecord } from "../../data/records.ts";

/** The quarter opened from this one, when there is one and the reader may see it. */
export async function nextQuarterOf(
  ctx: Pick<GraphQLContext, "loaders">,
  quarter: Pick<ReportingPeriodRecord, "id">,
): Promise<ReportingPeriodRecord | null> {
  const periods = await ctx.loaders.reportingPeriods.load("all");
  return periods.find((p) => p.openedFromId === quarter.id) ?? null;
}
