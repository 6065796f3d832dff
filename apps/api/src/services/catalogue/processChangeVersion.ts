import type { GraphQLContext } from "../../context.ts";
import { notFound } from "../../errors.ts";

/**
 * The version a process-change edit is checked against: the one the admin saw when given, else
 * the metric's version now (an edit of its own list that needs no merge).
 */
export async function processChangeVersion(
  ctx: GraphQLContext,
  metricId: string,
  expectedVersion: number | null | undefined,
): Promise<number> {
  if (expectedVersion != null) return expectedVersion;
  const [metric] = await ctx.repos.metrics.findByIds([metricId]);
  if (!metric) throw notFound("Metric", metricId);
  return metric.version;
}
