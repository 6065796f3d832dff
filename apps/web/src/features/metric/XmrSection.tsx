import { useMemo } from "react";
import { describeXmr } from "../../charts/describeXmr";
import { LazyXmrChart } from "../../charts/LazyXmrChart";
import { toXmrRows } from "../../charts/toXmrRows";
import { tickScaleFor } from "../../charts/yAxisTicks";
import { formatValue } from "../../format/formatValue";
import { EmptyState } from "../../ui/EmptyState";
import type { MetricData } from "./useMetric";
import { XmrDataTable } from "./XmrDataTable";
import { XmrLegend } from "./XmrLegend";

/** The XmR chart with its text alternative, key, trial-limit message and data table. */
export function XmrSection({ metric }: { metric: NonNullable<MetricData> }) {
  const format = (v: number) => formatValue(v, metric.unit);
  const data = useMemo(() => toXmrRows(metric.series, metric.spc), [metric.series, metric.spc]);
  if (data.rows.length === 0) {
    return (
      <EmptyState title="No monthly data yet">
        Observations will appear here once they are recorded.
      </EmptyState>
    );
  }
  const hasBand = metric.isSurvey && data.rows.some((r) => r.ciRange);
  const isTrial = metric.spc?.status === "TRIAL";
  const description = describeXmr(metric.name, data, format);
  return (
    <section aria-labelledby="chart-heading" className="defer-render mt-6">
      <h2 id="chart-heading" className="text-xl font-semibold">
        Process control chart (XmR)
      </h2>
      {metric.spc?.message ? (
        <p
          className={`mt-2 rounded p-3 ${isTrial || metric.spc.status === "INSUFFICIENT" ? "bg-illustrative-soft" : "bg-neutral-soft"}`}
        >
          {isTrial ? <strong>Trial limits: </strong> : null}
          {metric.spc.message}
        </p>
      ) : null}
      <figure className="mt-3 rounded-lg border border-line bg-surface p-3">
        <div role="img" aria-label={description}>
          <LazyXmrChart
            data={data}
            format={format}
            target={metric.target}
            targetLabel={metric.targetLabel}
            targetKind={metric.targetKind}
            tickScale={tickScaleFor(metric.unit)}
            showConfidenceBand={hasBand}
          />
        </div>
        <figcaption className="mt-2 text-sm">{description} The table below lists every point.</figcaption>
        <XmrLegend hasTarget={metric.target != null} hasBand={hasBand} />
      </figure>
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-link">
          Data table behind the chart
        </summary>
        <XmrDataTable
          rows={data.rows}
          fileName={metric.id}
          format={format}
          caption={`${metric.name}: monthly values, limits and signals`}
        />
      </details>
    </section>
  );
}
