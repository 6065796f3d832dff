import {
  type AssuranceIcon,
  assessException,
  type ExceptionAssessment,
  type VariationIcon,
} from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, ObservationRecord, ReportingPeriodRecord } from "../../data/records.ts";
import { computeMetricSpc } from "./computeMetricSpc.ts";
import { illustrativeMonths } from "./getMetricSpc.ts";
import { selectSeries } from "./selectSeries.ts";

export interface MetricAssessment extends ExceptionAssessment {
  metric: MetricRecord;
  latest: ObservationRecord | null;
  variation: VariationIcon;
  assurance: AssuranceIcon;
  isConcern: boolean;
  isImprovement: boolean;
}

/** A metric's headline series judged for a period by the domain's exception rules. */
export async function assessMetric(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  period: ReportingPeriodRecord,
): Promise<MetricAssessment> {
  const series = selectSeries(await ctx.loaders.observationsByMetric.load(metric.id));
  const latest = series.filter((o) => o.periodEnd <= period.dataMonth).at(-1) ?? null;
  const spc = await computeMetricSpc(ctx, metric, series, period.dataMonth);
  const assessment = assessException({
    name: metric.name,
    unit: metric.unit,
    polarity: metric.polarity,
    target: metric.target,
    targetKind: metric.targetKind,
    dataMonth: period.dataMonth,
    latest: latest ? { period: latest.periodEnd, value: latest.value } : null,
    spc,
    illustrativeMonths: illustrativeMonths(series),
  });
  const variation = spc?.variation ?? "NONE";
  return {
    ...assessment,
    metric,
    latest,
    variation,
    assurance: spc?.assurance ?? "NONE",
    isConcern: variation.startsWith("CONCERN"),
    isImprovement: variation.startsWith("IMPROVEMENT"),
  };
}
