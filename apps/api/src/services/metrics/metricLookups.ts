import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";

export async function listMetrics(ctx: Pick<GraphQLContext, "repos" | "loaders">, search?: string | null) {
  const metrics = await ctx.repos.metrics.list(search ?? undefined);
  for (const m of metrics) ctx.loaders.metricById.prime(m.id, m);
  // Retired metrics stay readable by id (published quarters showed them) but leave the list.
  return metrics.filter((m) => m.retiredAt === null);
}

/**
 * A metric asked for by id is about to be read in depth (its page, a drill-down): its edges come in
 * the same statement, so the fields below it cost no further round trip.
 */
export function getMetric(ctx: Pick<GraphQLContext, "loaders">, id: string): Promise<MetricRecord | null> {
  return ctx.loaders.metricWithEdges.load(id);
}

/** Other metrics in the same family (the median beside the mean, the rolling rate beside the monthly). */
export async function listRelatedMetrics(ctx: Pick<GraphQLContext, "loaders">, metric: MetricRecord) {
  if (!metric.family) return [];
  const family = await ctx.loaders.metricsByFamily.load(metric.family);
  return family.filter((m) => m.id !== metric.id);
}

export function getMetricPlacement(ctx: Pick<GraphQLContext, "loaders">, metric: MetricRecord) {
  return ctx.loaders.placementByMetric.load(metric.id);
}
