import { addMonths, spanLabel } from "@pcc/domain";
import { useMemo } from "react";
import { toXmrRows } from "../../charts/toXmrRows";
import { formatValue } from "../../format/formatValue";
import { graphql } from "../../gql";
import type { SpcStatus, XmrSection_MetricFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { trendOnlyMeaning } from "../../ui/signalMeaning";
import { XmrDataTable } from "./XmrDataTable";
import { XmrFigure } from "./XmrFigure";

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
  const isTrendOnly = spc?.status === "TREND_ONLY";
  const heading = isTrendOnly
    ? `${trendOnlyMeaning(metric.basis).text}: no control limits`
    : "Process control chart (XmR)";
  return (
    <section aria-labelledby="chart-heading" className="defer-render mt-6">
      <h2 id="chart-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      {spc?.message ? <SpcStatusMessage status={spc.status} message={spc.message} /> : null}
      <XmrFigure metric={metric} data={data} format={format} isTrendOnly={isTrendOnly} hasBand={hasBand} />
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

/** Why the limits are missing or provisional; trial limits say so first, in bold. */
function SpcStatusMessage({ status, message }: { status: SpcStatus; message: string }) {
  const isTrial = status === "TRIAL";
  return (
    <p
      className={`mt-2 rounded p-3 ${isTrial || status === "INSUFFICIENT" ? "bg-illustrative-soft" : "bg-neutral-soft"}`}
    >
      {isTrial ? <strong>Trial limits: </strong> : null}
      {message}
    </p>
  );
}
