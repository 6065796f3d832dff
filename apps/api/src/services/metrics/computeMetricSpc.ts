import { computeXmr, type XmrResult } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, ObservationRecord } from "../../data/records.ts";
import { LruCache } from "../shared/LruCache.ts";
import { monthlyPoints } from "./monthlyPoints.ts";

// 43 forces × 300 metrics fit comfortably; an entry is a few KB.
const cache = new LruCache<XmrResult | null>(20_000);

/** The data version of a series: changes whenever any observation is added or corrected. */
function dataVersion(series: ObservationRecord[]): string {
  let newest = "";
  for (const o of series) if (o.updatedAt > newest) newest = o.updatedAt;
  return `${series.length}@${newest}`;
}

/**
 * XmR chart for one series up to `upTo` (YYYY-MM), recalculated at declared process changes.
 * Null when there are no monthly points at all.
 */
export async function computeMetricSpc(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  series: ObservationRecord[],
  upTo: string,
): Promise<XmrResult | null> {
  const changes = await ctx.loaders.processChangesByMetric.load(metric.id);
  const first = series[0];
  const key = [
    metric.id,
    metric.version,
    metric.polarity,
    metric.basis,
    metric.target,
    metric.spcBaselinePoints,
    first?.area,
    first?.breakdown,
    upTo,
    dataVersion(series),
    changes.map((c) => c.month).join(","),
  ].join("|");
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const points = monthlyPoints(series, upTo);
  const result =
    points.length === 0
      ? null
      : computeXmr(points, {
          polarity: metric.polarity,
          basis: metric.basis,
          target: metric.target,
          fixAfterPoints: metric.spcBaselinePoints,
          recalculateAt: changes.map((c) => c.month),
        });
  cache.set(key, result);
  return result;
}
