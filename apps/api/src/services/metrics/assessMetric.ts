import { type AssuranceIcon, addMonths, describeSignal, monthLabel, type VariationIcon } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, ObservationRecord, ReportingPeriodRecord } from "../../data/records.ts";
import { computeMetricSpc } from "./computeMetricSpc.ts";
import { selectSeries } from "./selectSeries.ts";

export interface MetricAssessment {
  metric: MetricRecord;
  latest: ObservationRecord | null;
  variation: VariationIcon;
  assurance: AssuranceIcon;
  /** Higher is more severe; 0 when nothing needs attention. */
  severity: number;
  reasons: string[];
  isConcern: boolean;
  isImprovement: boolean;
  isTargetMissed: boolean;
}

// How much each finding weighs in "exceptions first": a point beyond the limits outranks a run.
const RULE_WEIGHT: Record<string, number> = { OUTSIDE_LIMITS: 5, TWO_OF_THREE: 3, TREND: 3, SHIFT: 2 };
const ASSURANCE_FAIL_WEIGHT = 3;
const TARGET_MISSED_WEIGHT = 2;
// A quarterly report is written about data up to three months old, so "near the period" is 3 months.
const NEAR_MONTHS = 2;

const isMissed = (m: MetricRecord, value: number) =>
  m.target !== null &&
  ((m.polarity === "HIGHER_IS_BETTER" && value < m.target) ||
    (m.polarity === "LOWER_IS_BETTER" && value > m.target));

/** A metric's headline series judged for a period: concern signals near its data month, SLA/target misses. */
export async function assessMetric(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  period: ReportingPeriodRecord,
): Promise<MetricAssessment> {
  const series = selectSeries(await ctx.loaders.observationsByMetric.load(metric.id));
  const latest = series.filter((o) => o.periodEnd <= period.dataMonth).at(-1) ?? null;
  const spc = await computeMetricSpc(ctx, metric, series, period.dataMonth);
  const reasons: string[] = [];
  let severity = 0;
  const near = addMonths(period.dataMonth, -NEAR_MONTHS);
  for (const s of spc?.signals ?? []) {
    if (s.classification !== "CONCERN" || s.to < near) continue;
    severity += RULE_WEIGHT[s.rule] ?? 1;
    reasons.push(`Concern: ${describeSignal(s)}`);
  }
  if (spc?.assurance === "FAIL") {
    severity += ASSURANCE_FAIL_WEIGHT;
    reasons.push(`Consistently fails ${metric.targetLabel ?? "its target"}`);
  }
  const isTargetMissed = latest !== null && isMissed(metric, latest.value);
  if (isTargetMissed) {
    severity += TARGET_MISSED_WEIGHT;
    reasons.push(
      `${monthLabel(latest!.periodEnd)} misses ${metric.targetLabel ?? `the ${metric.targetKind?.toLowerCase() ?? "target"}`}`,
    );
  }
  const variation = spc?.variation ?? "NONE";
  return {
    metric,
    latest,
    variation,
    assurance: spc?.assurance ?? "NONE",
    severity,
    reasons,
    isConcern: variation.startsWith("CONCERN"),
    isImprovement: variation.startsWith("IMPROVEMENT"),
    isTargetMissed,
  };
}
