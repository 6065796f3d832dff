import { meanVsMedian, rollingVsDiscrete } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { familyValueAt } from "./familyValueAt.ts";

async function familyOf(ctx: Pick<GraphQLContext, "loaders">, metric: MetricRecord) {
  return metric.family ? ctx.loaders.metricsByFamily.load(metric.family) : [];
}

/** Mean and median side by side where the family has both ("logs over 10 hours are skewing the average"). */
export async function getMeanVsMedian(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  month: string,
) {
  const family = await familyOf(ctx, metric);
  const meanMetric = family.find((m) => m.statistic === "mean");
  const medianMetric = family.find((m) => m.statistic === "median");
  if (!meanMetric || !medianMetric) return null;
  const [mean, median] = await Promise.all([
    familyValueAt(ctx, meanMetric, month),
    familyValueAt(ctx, medianMetric, month),
  ]);
  if (mean === null || median === null) return null;
  const sla = meanMetric.targetKind === "SLA" ? meanMetric.target : null;
  const { note } = meanVsMedian(mean, median, sla, meanMetric.unit);
  return { mean, median, meanMetricId: meanMetric.id, medianMetricId: medianMetric.id, note };
}

/** The rolling 12-month and the discrete monthly rate where the family has both. */
export async function getRollingVsDiscrete(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  month: string,
) {
  const family = await familyOf(ctx, metric);
  const rollingMetric = family.find((m) => m.basis === "ROLLING_12_MONTHS");
  const discreteMetric = family.find((m) => m.basis === "DISCRETE_MONTH");
  if (!rollingMetric || !discreteMetric) return null;
  const [rolling, discrete] = await Promise.all([
    familyValueAt(ctx, rollingMetric, month),
    familyValueAt(ctx, discreteMetric, month),
  ]);
  if (rolling === null || discrete === null) return null;
  const { note } = rollingVsDiscrete(rolling, discrete, discreteMetric.unit);
  return { rolling, discrete, rollingMetricId: rollingMetric.id, discreteMetricId: discreteMetric.id, note };
}
