import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { notFound } from "../../errors.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { checkMetricFields } from "./checkMetricFields.ts";
import type { MetricFieldsInput } from "./MetricFieldsInput.ts";
import { requireAdmin } from "./requireAdmin.ts";
import { saveMetricVersion } from "./saveMetricVersion.ts";

/** Changes a metric's definition and SPC settings, if it is still at the version the admin saw. */
export async function updateMetric(
  ctx: GraphQLContext,
  id: string,
  input: MetricFieldsInput,
  expectedVersion: number,
): Promise<MetricRecord> {
  const viewer = requireAdmin(ctx);
  const [current] = await ctx.repos.metrics.findByIds([id]);
  if (!current) throw notFound("Metric", id);
  const checks = new FieldChecks();
  const fields = checkMetricFields(checks, input, current);
  checks.throwIfAny();
  return saveMetricVersion(ctx, viewer, id, expectedVersion, "metric.update", { fields });
}
