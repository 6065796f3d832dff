import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import { graphql } from "../../gql";
import type { MetricTile_MetricFragment } from "../../gql/graphql";
import { ChangeLine } from "../../ui/ChangeLine";
import { IllustrativeMark } from "../../ui/IllustrativeMark";
import { Sparkline } from "../../ui/Sparkline";
import { SpcBadges } from "../../ui/SpcBadges";

export const MetricTileFragment = graphql(`
  fragment MetricTile_metric on Metric {
    id
    name
    unit
    basis
    targetLabel
    latest(period: $period) {
      id
      value
      periodEnd
      illustrative
    }
    change(period: $period) {
      ...ChangeLine_change
    }
    targetStanding(period: $period) {
      isMet
      text
    }
    spc(period: $period) {
      status
      variation
      assurance
      signals {
        to
        illustrative
      }
    }
    series {
      values
      illustrative
    }
  }
`);

const SPARKLINE_MONTHS = 24;

/**
 * A metric at a glance: latest value in its unit, the change it is judged on, its standing against any
 * target, sparkline and badges; links to the drill-down. Whatever rests on generated months says so.
 */
export function MetricTile({ metric, period }: { metric: MetricTile_MetricFragment; period?: string }) {
  const latest = metric.latest;
  const recent = metric.series.values.slice(-SPARKLINE_MONTHS);
  const spc = metric.spc;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-3">
      <Link
        to={withPeriod(`/metrics/${metric.id}`, period)}
        className="inline-flex min-h-11 items-center font-semibold text-link underline-offset-4 hover:underline"
      >
        {metric.name}
      </Link>
      <div className="flex items-end justify-between gap-2">
        <p className="text-2xl font-bold tabular-nums">
          {latest ? formatValue(latest.value, metric.unit) : "No data"}
          {latest ? (
            <span className="ml-1 text-sm font-normal text-muted">{monthLabel(latest.periodEnd)}</span>
          ) : null}
        </p>
        <Sparkline values={recent} label={`Trend of ${metric.name} over the last ${recent.length} months`} />
      </div>
      {latest?.illustrative ? (
        <p>
          <IllustrativeMark>Illustrative value</IllustrativeMark>
        </p>
      ) : null}
      {metric.change ? <ChangeLine change={metric.change} className="text-sm" /> : null}
      {metric.targetStanding ? (
        <p className="text-sm font-medium">{metric.targetStanding.text}</p>
      ) : metric.targetLabel ? (
        <p className="text-sm text-muted">{metric.targetLabel}</p>
      ) : null}
      <SpcBadges spc={spc} basis={metric.basis} />
    </li>
  );
}
