import type { GraphQLContext } from "../../context.ts";
import type { PeriodKindValue, ReportingPeriodRecord } from "../../data/records.ts";

export async function listReportingPeriods(
  ctx: Pick<GraphQLContext, "loaders">,
  kind?: PeriodKindValue | null,
): Promise<ReportingPeriodRecord[]> {
  const periods = await ctx.loaders.reportingPeriods.load("all");
  return kind ? periods.filter((p) => p.kind === kind) : periods;
}
