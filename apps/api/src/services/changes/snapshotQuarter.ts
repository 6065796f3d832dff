import {
  deliverableStatus,
  type MetricSnapshot,
  type QuarterSnapshot,
  statusDateFor,
  targetStanding,
} from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type {
  DeliverableRecord,
  MetricRecord,
  ReportingPeriodRecord,
  StatementRecord,
} from "../../data/records.ts";
import { computeMetricSpc } from "../metrics/computeMetricSpc.ts";
import { selectSeries } from "../metrics/selectSeries.ts";

/** What a quarter's report showed, as the domain's quarterChanges compares it. */
export async function snapshotQuarter(
  ctx: Pick<GraphQLContext, "loaders">,
  quarter: ReportingPeriodRecord,
  items: { metrics: MetricRecord[]; deliverables: DeliverableRecord[]; statements: StatementRecord[] },
): Promise<QuarterSnapshot> {
  const asOf = statusDateFor(quarter.end);
  const deliverables = items.deliverables
    .filter((d) => d.reportingPeriodId === quarter.id && !d.retired)
    .map((d) => ({
      id: String(d.id),
      carriedFromId: d.carriedFromId === null ? null : String(d.carriedFromId),
      action: d.action,
      progress: d.progress,
      status: deliverableStatus(d, asOf),
    }));
  // A risk closed on review stays in its quarter as a record, retired or not.
  const risks = items.statements
    .filter((s) => s.kind === "RISK" && s.reportingPeriodId === quarter.id)
    .filter((s) => !s.retired || s.review === "CLOSED")
    .map((s) => ({
      id: String(s.id),
      carriedFromId: s.carriedFromId === null ? null : String(s.carriedFromId),
      text: s.text,
      isClosed: s.review === "CLOSED",
    }));
  const metrics = await Promise.all(items.metrics.map((m) => snapshotMetric(ctx, m, quarter)));
  return { metrics, deliverables, risks };
}

async function snapshotMetric(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  quarter: ReportingPeriodRecord,
): Promise<MetricSnapshot> {
  const series = selectSeries(await ctx.loaders.observationsByMetric.load(metric.id));
  const latest = series.filter((o) => o.periodEnd <= quarter.dataMonth).at(-1) ?? null;
  const spc = latest ? await computeMetricSpc(ctx, metric, series, quarter.dataMonth) : null;
  const standing = latest
    ? targetStanding(latest.value, metric.target, metric.targetKind, metric.polarity, metric.unit)
    : null;
  return {
    id: metric.id,
    name: metric.name,
    unit: metric.unit,
    polarity: metric.polarity,
    latest: latest ? { value: latest.value, month: latest.periodEnd } : null,
    target: standing ? { isMet: standing.isMet, text: standing.text } : null,
    // Active: the signals that reach the quarter's latest month.
    signals: (spc?.signals ?? []).filter((s) => latest !== null && s.to === latest.periodEnd),
  };
}
