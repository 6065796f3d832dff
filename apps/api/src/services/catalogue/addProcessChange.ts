import { monthLabel } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { processChangeVersion } from "./processChangeVersion.ts";
import { readMonth } from "./readMonth.ts";
import { requireAdmin } from "./requireAdmin.ts";
import { saveMetricVersion } from "./saveMetricVersion.ts";

export interface NewProcessChange {
  metricId: string;
  /** "2022-09" or "Sep-22" */
  month: string;
  label: string;
  expectedVersion?: number | null;
}

/**
 * Declares a change in the process at a month, from which the metric's control limits are
 * recalculated: a new version of its definition. Refused for a month already declared and for one
 * outside the metric's data (limits cannot split where there are no points).
 */
export async function addProcessChange(ctx: GraphQLContext, input: NewProcessChange): Promise<MetricRecord> {
  const viewer = requireAdmin(ctx);
  const checks = new FieldChecks();
  const month = readMonth(input.month);
  if (month === null)
    checks.fail("month", "must be a month written YYYY-MM or Mon-YY, e.g. 2022-09 or Sep-22");
  checks.text(input.label, "label", 200);
  checks.throwIfAny();
  const version = await processChangeVersion(ctx, input.metricId, input.expectedVersion);
  return saveMetricVersion(ctx, viewer, input.metricId, version, "metric.processChange.add", {
    apply: async (tx) => {
      const existing = await tx.metricCatalogue.findProcessChanges(input.metricId);
      if (existing.some((c) => c.month === month))
        checks.fail("month", `a process change is already declared at ${monthLabel(month!)}`);
      const span = await tx.metricCatalogue.findDataSpan(input.metricId);
      if (span === null) checks.fail("month", "the metric has no data yet to split");
      else if (month! < span.first || month! > span.last)
        checks.fail(
          "month",
          `must lie within the metric's data, ${monthLabel(span.first)} to ${monthLabel(span.last)}`,
        );
      // Thrown inside the transaction, so the version it had already taken is rolled back too.
      checks.throwIfAny();
      await tx.metricCatalogue.addProcessChange(input.metricId, month!, input.label.trim());
    },
  });
}
