import { draftNarrative, type NarrativeSentence } from "@pcc/domain";
import type { CacheSpec } from "../../cache/VersionedCache.ts";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, ReportingPeriodRecord } from "../../data/records.ts";
import { computeMetricSpc } from "./computeMetricSpc.ts";
import { familyValueAt } from "./familyValueAt.ts";
import { monthlyPoints } from "./monthlyPoints.ts";
import { selectSeries } from "./selectSeries.ts";

// One entry per metric and data month, a few sentences each.
const DRAFTS: CacheSpec<NarrativeSentence[]> = { maxEntries: 20_000 };

/**
 * The generator's sentences for a metric's headline series in a period: computed only from the
 * stored data, so the same data always drafts the same text: a draft can be reproduced and checked.
 * Drafted once per metric and data month at each data version (the period counts only through its
 * data month); the list is shared between requests and never changed.
 */
export function draftMetricNarrative(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  period: ReportingPeriodRecord,
): Promise<NarrativeSentence[]> {
  const key = `${metric.id}|${period.dataMonth}`;
  return ctx.loaders.freshness.remember(DRAFTS, key, () => draft(ctx, metric, period));
}

async function draft(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  period: ReportingPeriodRecord,
): Promise<NarrativeSentence[]> {
  const series = selectSeries(await ctx.loaders.observationsByMetric.load(metric.id));
  const upTo = series.filter((o) => o.periodEnd <= period.dataMonth).at(-1);
  if (!upTo) return [];
  const spc = await computeMetricSpc(ctx, metric, series, upTo.periodEnd);
  const target =
    metric.target !== null && metric.targetKind ? { value: metric.target, kind: metric.targetKind } : null;
  return draftNarrative({
    metricName: metric.name,
    unit: metric.unit,
    polarity: metric.polarity,
    basis: metric.basis,
    changeBasis: metric.changeBasis,
    dataCaptureStart: metric.dataCaptureStart,
    period: upTo.periodEnd,
    series: monthlyPoints(series, upTo.periodEnd),
    spc,
    target: target && metric.targetLabel ? { ...target, label: metric.targetLabel } : target,
    marginOfError:
      metric.isSurvey && upTo.lower !== null && upTo.upper !== null ? (upTo.upper - upTo.lower) / 2 : null,
    median: await medianBeside(ctx, metric, upTo.periodEnd),
  });
}

async function medianBeside(ctx: Pick<GraphQLContext, "loaders">, metric: MetricRecord, month: string) {
  if (metric.statistic !== "mean" || !metric.family) return null;
  const median = (await ctx.loaders.metricsByFamily.load(metric.family)).find(
    (m) => m.statistic === "median",
  );
  return median ? familyValueAt(ctx, median, month) : null;
}
