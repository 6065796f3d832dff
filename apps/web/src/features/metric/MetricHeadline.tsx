import { spanLabel } from "@pcc/domain";
import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import { graphql } from "../../gql";
import type { MetricHeadline_MetricFragment } from "../../gql/graphql";
import { ChangeLine } from "../../ui/ChangeLine";
import { IllustrativeMark } from "../../ui/IllustrativeMark";
import { SpcBadges } from "../../ui/SpcBadges";
import { BenchmarkLink } from "../benchmarking/BenchmarkLink";
import { BadgeExplanation } from "./BadgeExplanation";

export const MetricHeadlineFragment = graphql(`
  fragment MetricHeadline_metric on Metric {
    id
    unit
    basis
    latest(period: $period) {
      id
      value
      periodStart
      periodEnd
      illustrative
    }
    change(period: $period) {
      ...ChangeLine_change
    }
    targetStanding(period: $period) {
      text
    }
    spc(period: $period) {
      status
      variation
      assurance
      assuranceNote
      signals {
        to
        illustrative
      }
    }
    benchmarkPosition(period: $period) {
      ...BenchmarkLink_position
    }
  }
`);

/**
 * The drill-down's headline: the latest value, the one change the metric is judged on (in the same
 * words as its tile), its standing against any target beside the badges, and why assurance is withheld.
 */
export function MetricHeadline({
  metric,
  period,
}: {
  metric: MetricHeadline_MetricFragment;
  period?: string;
}) {
  const { latest, spc } = metric;
  return (
    <div>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <p className="text-4xl font-bold tabular-nums">
          {latest ? formatValue(latest.value, metric.unit) : "No data"}
          {latest ? (
            <span className="ml-2 text-lg font-normal text-muted">
              {/* A quarter reads as the report writes it ("Oct to Dec 22"), not as its last month. */}
              {metric.basis === "QUARTER"
                ? spanLabel(latest.periodStart, latest.periodEnd)
                : monthLabel(latest.periodEnd)}
            </span>
          ) : null}
        </p>
        {latest?.illustrative ? (
          <p>
            <IllustrativeMark>Illustrative value</IllustrativeMark>
          </p>
        ) : null}
      </div>
      {metric.change ? <ChangeLine change={metric.change} showSignificance className="mt-2 text-lg" /> : null}
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <SpcBadges spc={spc} basis={metric.basis} />
        {metric.targetStanding ? <p className="font-semibold">{metric.targetStanding.text}</p> : null}
      </div>
      {spc?.assuranceNote ? <p className="mt-2">{spc.assuranceNote}</p> : null}
      {spc ? (
        <BadgeExplanation
          variation={spc.variation}
          assurance={spc.assurance}
          status={spc.status}
          basis={metric.basis}
        />
      ) : null}
      {metric.benchmarkPosition ? (
        <BenchmarkLink
          metricId={metric.id}
          position={metric.benchmarkPosition}
          period={period}
          className="mt-2"
        />
      ) : null}
    </div>
  );
}
