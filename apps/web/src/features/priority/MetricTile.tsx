import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { changeText } from "../../format/changeText";
import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import { graphql } from "../../gql";
import type { MetricTile_MetricFragment } from "../../gql/graphql";
import { SignalIcon } from "../../ui/SignalIcon";
import { Sparkline } from "../../ui/Sparkline";

export const MetricTileFragment = graphql(`
  fragment MetricTile_metric on Metric {
    id
    name
    unit
    targetLabel
    latest(period: $period) {
      id
      value
      periodEnd
      illustrative
    }
    comparisons(period: $period) {
      yearOnYear {
        text
      }
      previousThreeMonths {
        text
      }
    }
    spc(period: $period) {
      variation
      assurance
    }
    series {
      values
      illustrative
    }
  }
`);

const SPARKLINE_MONTHS = 24;

/** A metric at a glance: latest value in its unit, change, sparkline and signals; links to the drill-down. */
export function MetricTile({ metric, period }: { metric: MetricTile_MetricFragment; period?: string }) {
  const latest = metric.latest;
  const recent = metric.series.values.slice(-SPARKLINE_MONTHS);
  const change = changeText(metric.comparisons);
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
        <p className="w-fit rounded bg-illustrative-soft px-2 text-sm text-illustrative">
          Illustrative value
        </p>
      ) : null}
      {change ? <p className="text-sm">{change}</p> : null}
      {metric.targetLabel ? <p className="text-sm text-muted">{metric.targetLabel}</p> : null}
      {metric.spc ? <SignalIcon variation={metric.spc.variation} assurance={metric.spc.assurance} /> : null}
    </li>
  );
}
