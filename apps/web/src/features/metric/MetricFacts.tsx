import { monthLabel } from "../../format/monthLabel";
import { graphql } from "../../gql";
import type { MetricFacts_MetricFragment } from "../../gql/graphql";
import { basisText, changeBasisText, lagText } from "./metricFacts";

export const MetricFactsFragment = graphql(`
  fragment MetricFacts_metric on Metric {
    dataSource
    sourceUrl
    basis
    changeBasis
    statistic
    reportingLagMonths
    lagNote
    dataCaptureStart
    targetLabel
  }
`);

/** Where the figures come from, what each point covers and how late they arrive, stated plainly. */
export function MetricFacts({ metric }: { metric: MetricFacts_MetricFragment }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Source</dt>
      <dd>
        {metric.sourceUrl ? (
          <a
            href={metric.sourceUrl}
            className="inline-flex min-h-11 items-center text-link underline"
            rel="noreferrer"
          >
            {metric.dataSource}
          </a>
        ) : (
          metric.dataSource
        )}
      </dd>
      <dt className="font-semibold">Basis</dt>
      <dd>{basisText(metric.basis)}</dd>
      <dt className="font-semibold">Change judged on</dt>
      <dd>{changeBasisText(metric.changeBasis)}</dd>
      {metric.statistic ? (
        <>
          <dt className="font-semibold">Statistic</dt>
          <dd>{metric.statistic}</dd>
        </>
      ) : null}
      <dt className="font-semibold">Reporting lag</dt>
      <dd>
        {lagText(metric.reportingLagMonths)}
        {metric.lagNote ? `. ${metric.lagNote}` : ""}
      </dd>
      {metric.dataCaptureStart ? (
        <>
          <dt className="font-semibold">Data capture began</dt>
          <dd>{monthLabel(metric.dataCaptureStart)}</dd>
        </>
      ) : null}
      {metric.targetLabel ? (
        <>
          <dt className="font-semibold">Target</dt>
          <dd>{metric.targetLabel}</dd>
        </>
      ) : null}
    </dl>
  );
}
