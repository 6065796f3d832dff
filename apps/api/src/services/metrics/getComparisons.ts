import type { CacheSpec } from "../../cache/VersionedCache.ts";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { getMeanVsMedian, getRollingVsDiscrete } from "./familyComparisons.ts";
import { getMetricChange } from "./getMetricChange.ts";
import { getLatestObservation } from "./listObservations.ts";
import type { MetricReadArgs } from "./MetricReadArgs.ts";

type Comparisons = Awaited<ReturnType<typeof compareLatest>>;

// One entry per metric, period and series asked, a few hundred bytes each.
const COMPARISONS: CacheSpec<Comparisons> = { maxEntries: 20_000 };

/**
 * The Metric.comparisons field, computed once per metric, period and series at each data version:
 * every input (the metric and its family, their observations, the reporting periods) is data the
 * version covers. The result is shared between requests and never changed.
 */
export function getComparisons(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  args: MetricReadArgs,
): Promise<Comparisons> {
  const key = JSON.stringify([metric.id, args.period ?? null, args.area ?? null, args.breakdown ?? null]);
  return ctx.loaders.freshness.remember(COMPARISONS, key, () => compareLatest(ctx, metric, args));
}

/**
 * The comparisons for the latest observation at or before the period: year on year (on
 * the same month a year earlier where that is the metric's basis, else over 12 months), against the
 * previous 3 months, and within the family. Every change comes from the one domain definition that
 * Metric.change uses, so a tile and the drill-down can never disagree.
 */
async function compareLatest(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  args: MetricReadArgs,
) {
  const latest = await getLatestObservation(ctx, metric, args);
  if (!latest) return null;
  const yearOnYearBasis =
    metric.changeBasis === "SAME_MONTH_LAST_YEAR" ? "SAME_MONTH_LAST_YEAR" : "YEAR_ON_YEAR";
  const [yearOnYear, previousThreeMonths, meanVsMedian, rollingVsDiscrete] = await Promise.all([
    getMetricChange(ctx, metric, args, yearOnYearBasis),
    getMetricChange(ctx, metric, args, "PREVIOUS_3_MONTHS"),
    getMeanVsMedian(ctx, metric, latest.periodEnd),
    getRollingVsDiscrete(ctx, metric, latest.periodEnd),
  ]);
  return {
    period: latest.periodEnd,
    value: latest.value,
    yearOnYear,
    previousThreeMonths,
    meanVsMedian,
    rollingVsDiscrete,
  };
}
