import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { ValidationFailed } from "../../errors.ts";
import { requireAdmin } from "./requireAdmin.ts";
import { saveMetricVersion } from "./saveMetricVersion.ts";

/**
 * Retires a metric: it leaves the public metric list, while its data, its definitions and the
 * quarters that showed it stay as they were.
 */
export async function retireMetric(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
): Promise<MetricRecord> {
  const viewer = requireAdmin(ctx);
  const [metric] = await ctx.repos.metrics.findByIds([id]);
  if (metric?.retiredAt)
    throw new ValidationFailed([{ field: "id", message: `was retired on ${metric.retiredAt.slice(0, 10)}` }]);
  return saveMetricVersion(ctx, viewer, id, expectedVersion, "metric.retire", {
    fields: { retiredAt: new Date() },
  });
}
