import { addMonths, spanLabel } from "@pcc/domain";
import { useMemo } from "react";
import { describeXmr } from "../../charts/describeXmr";
import { LazyXmrChart } from "../../charts/LazyXmrChart";
import { toXmrRows } from "../../charts/toXmrRows";
import { tickScaleFor } from "../../charts/yAxisTicks";
import { formatValue } from "../../format/formatValue";
import { graphql } from "../../gql";
import type { XmrSection_MetricFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { trendBasisWords, trendOnlyMeaning } from "../../ui/signalMeaning";
import { XmrDataTable } from "./XmrDataTable";
import { XmrLegend } from "./XmrLegend";

export const XmrSectionFragment = graphql(`
  fragment XmrSection_metric on Metric {
    id
    name
    unit
    basis
    isSurvey
    target
    targetKind
    targetLabel
    series {
      periods
      values
      lower
      upper
      illustrative
    }
    spc(period: $period) {
      status
      message
      signals {
        ...XmrDataTable_signal
      }
      points {
        periodEnd
        special
        signal
        rules
      }
      segments {
        start
        end
        centre
        upper
        lower
        isTrial
        label
      }
    }
  }
`);

/** A quarterly figure's row is its quarter, as the CJS dashboard names it ("Oct to Dec 22"). */
const quarterLabel = (periodEnd: string) => spanLabel(addMonths(periodEnd, -2), periodEnd);

/**
 * The XmR chart with its text alternative, key, trial-limit message and data table. A rolling,
 * "12 months to" or quarterly series is drawn as a labelled trend without limits, with the API's reason.
 */
export function XmrSection({ metric }: { metric: XmrSection_MetricFragment }) {
  const format = (v: number) => formatValue(v, metric.unit);
  const data = useMemo(
    () => toXmrRows(metric.series, metric.spc, metric.basis === "QUARTER" ? quarterLabel : undefined),
    [metric.series, metric.spc, metric.basis],
  );
  if (data.rows.length === 0) {
    return (
      <EmptyState title="No monthly data yet">
        Observations will appear here once they are recorded.
      </EmptyState>
    );
  }
  const spc = metric.spc;
  const hasBand = metric.isSurvey && data.rows.some((r) => r.ciRange);
  const isTrial = spc?.status === "TRIAL";
  const isTrendOnly = spc?.status === "TREND_ONLY";
  const hasIllustrative = data.rows.some((r) => r.illustrative);
  const description = describeXmr(metric.name, data, format, { isTrendOnly });
  const heading = isTrendOnly
    ? `${trendOnlyMeaning(metric.basis).text}: no control limits`
    : "Process control chart (XmR)";
  return (
    <section aria-labelledby="chart-heading" className="defer-render mt-6">
      <h2 id="chart-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      {spc?.message ? (
        <p
          className={`mt-2 rounded p-3 ${isTrial || spc.status === "INSUFFICIENT" ? "bg-illustrative-soft" : "bg-neutral-soft"}`}
        >
          {isTrial ? <strong>Trial limits: </strong> : null}
          {spc.message}
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
            seriesLabel={isTrendOnly ? `Value (${trendBasisWords(metric.basis)})` : "Value"}
          />
        </div>
        <figcaption className="mt-2 text-sm">{description} The table below lists every point.</figcaption>
        <XmrLegend
          hasTarget={metric.target != null}
          hasBand={hasBand}
          isTrendOnly={isTrendOnly}
          hasIllustrative={hasIllustrative}
        />
      </figure>
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-link">
          Data table behind the chart
        </summary>
        <XmrDataTable
          rows={data.rows}
          signals={spc?.signals ?? []}
          isTrendOnly={isTrendOnly}
          metricId={metric.id}
          format={format}
          caption={`${metric.name}: monthly values${isTrendOnly ? "" : ", limits and signals"}`}
        />
      </details>
    </section>
  );
}
