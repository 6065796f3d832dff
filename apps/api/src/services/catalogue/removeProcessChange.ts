import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { processChangeVersion } from "./processChangeVersion.ts";
import { readMonth } from "./readMonth.ts";
import { requireAdmin } from "./requireAdmin.ts";
import { saveMetricVersion } from "./saveMetricVersion.ts";

/** Withdraws a declared process change (the limits run on across that month): a new definition version. */
export async function removeProcessChange(
  ctx: GraphQLContext,
  input: { metricId: string; month: string; expectedVersion?: number | null },
): Promise<MetricRecord> {
  const viewer = requireAdmin(ctx);
  const checks = new FieldChecks();
  const month = readMonth(input.month);
  if (month === null)
    checks.fail("month", "must be a month written YYYY-MM or Mon-YY, e.g. 2022-09 or Sep-22");
  checks.throwIfAny();
  const version = await processChangeVersion(ctx, input.metricId, input.expectedVersion);
  return saveMetricVersion(ctx, viewer, input.metricId, version, "metric.processChange.remove", {
    apply: async (tx) => {
      const removed = await tx.metricCatalogue.removeProcessChange(input.metricId, month!);
      checks.check(removed > 0, "month", `no process change is declared at ${input.month.trim()}`);
      checks.throwIfAny();
    },
  });
}
