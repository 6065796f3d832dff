import { type Change, changeVsPreviousMonths, formatChange, yearOnYear } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { getMeanVsMedian, getRollingVsDiscrete } from "./familyComparisons.ts";
import { getLatestObservation } from "./listObservations.ts";
import type { MetricReadArgs } from "./MetricReadArgs.ts";
import { monthlyPoints } from "./monthlyPoints.ts";
import { selectSeries } from "./selectSeries.ts";

const withText = (change: Change | null, unit: MetricRecord["unit"]) =>
  change ? { ...change, text: formatChange(change, unit) } : null;

/** Half the confidence interval: the survey margin of error the report tests changes against. */
const marginOf = (o: { lower: number | null; upper: number | null; value: number }) =>
  o.lower !== null && o.upper !== null ? (o.upper - o.lower) / 2 : null;

/**
 * The Metric.comparisons field, for the latest observation at or before the period: year on year,
 * against the previous 3 months ("compared to the previous 3 months"), and within the family.
 */
export async function getComparisons(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  args: MetricReadArgs,
) {
  const latest = await getLatestObservation(ctx, metric, args);
  if (!latest) return null;
  const series = selectSeries(await ctx.loaders.observationsByMetric.load(metric.id), args);
  const points = monthlyPoints(series, latest.periodEnd);
  const margin = metric.isSurvey ? marginOf(latest) : null;
  return {
    period: latest.periodEnd,
    value: latest.value,
    yearOnYear: withText(yearOnYear(points, latest.periodEnd, metric.unit), metric.unit),
    previousThreeMonths: withText(
      changeVsPreviousMonths(points, latest.periodEnd, 3, metric.unit, margin),
      metric.unit,
    ),
    meanVsMedian: await getMeanVsMedian(ctx, metric, latest.periodEnd),
    rollingVsDiscrete: await getRollingVsDiscrete(ctx, metric, latest.periodEnd),
  };
}
