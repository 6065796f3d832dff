import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { selectSeries } from "./selectSeries.ts";

/** A family member's headline value for exactly `month`, or null when it has none. */
export async function familyValueAt(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  month: string,
): Promise<number | null> {
  const series = selectSeries(await ctx.loaders.observationsByMetric.load(metric.id));
  return series.findLast((o) => o.periodEnd === month)?.value ?? null;
}
