import { computeXmr, type XmrResult } from "@pcc/domain";
import type { CacheSpec } from "../../cache/VersionedCache.ts";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, ObservationRecord } from "../../data/records.ts";
import { monthlyPoints } from "./monthlyPoints.ts";

// One entry per series and month asked (a few KB each): every metric's headline series for several
// periods, and the series people open by area or breakdown.
const SPC_RESULTS: CacheSpec<XmrResult | null> = { maxEntries: 20_000 };

/**
 * XmR chart for one series up to `upTo` (YYYY-MM), recalculated at declared process changes.
 * Null when there are no monthly points at all. Computed once per series and month at each data
 * version: every input (the metric, its process changes, the series) is data the version covers.
 */
export async function computeMetricSpc(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  series: ObservationRecord[],
  upTo: string,
): Promise<XmrResult | null> {
  const changes = metric.definedProcessChanges ?? (await ctx.loaders.processChangesByMetric.load(metric.id));
  // The series is one area and breakdown of the metric's observations (selectSeries). The version
  // keeps a published quarter's definition (its settings and process changes) apart from today's.
  const first = series[0];
  const key = `${metric.id}|v${metric.version}|${first?.area ?? ""}|${first?.breakdown ?? ""}|${upTo}`;
  return ctx.loaders.freshness.remember(SPC_RESULTS, key, () => {
    const points = monthlyPoints(series, upTo);
    if (points.length === 0) return null;
    return computeXmr(points, {
      polarity: metric.polarity,
      basis: metric.basis,
      target: metric.target,
      fixAfterPoints: metric.spcBaselinePoints,
      recalculateAt: changes.map((c) => c.month),
      // The metric's own rule settings; undefined takes the domain's defaults.
      runLength: metric.spcRunLength ?? undefined,
      trendLength: metric.spcTrendLength ?? undefined,
      twoOfThreeRule: metric.spcTwoOfThreeRule ?? undefined,
    });
  });
}
