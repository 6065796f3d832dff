import { formatValue as formatDomainValue, spanLabel } from "@pcc/domain";
import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { graphql } from "../../gql";
import type { CjsMeasure_MetricFragment } from "../../gql/graphql";
import { GlossaryText } from "../../ui/GlossaryText";
import { publishedDecimals } from "./publishedDecimals";
import { quarterChangeWords } from "./quarterChangeWords";

export const CjsMeasureFragment = graphql(`
  fragment CjsMeasure_metric on Metric {
    id
    name
    description
    unit
    latest(period: $period) {
      id
      value
      periodStart
      periodEnd
      illustrative
    }
    change(period: $period) {
      changeBasis
      difference
      base
      text
      against
      baseLabel
      illustrative
    }
    benchmarkPosition(period: $period) {
      national
      periodLabel
      forcePeriodLabel
      comparedWith
    }
  }
`);

/** Bars on one scale so force and national compare at a glance; both figures are also written. */
function PairBars({
  force,
  national,
  format,
}: {
  force: number;
  national: number;
  format: (v: number) => string;
}) {
  const max = Math.max(force, national) || 1;
  // Label, track and figure in three grid columns: the track takes what is left, so a narrow card
  // shortens the bars rather than pushing the figures out of it.
  const row = (label: string, value: number, colour: string) => (
    <>
      <span>{label}</span>
      <span className="min-w-0">
        <span className={`block h-3 rounded ${colour}`} style={{ width: `${(value / max) * 100}%` }} />
      </span>
      <span className="whitespace-nowrap text-right tabular-nums">{format(value)}</span>
    </>
  );
  return (
    <div
      aria-hidden="true"
      className="mt-2 grid grid-cols-[4.5rem_minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1 text-sm"
    >
      {row("Force", force, "bg-brand")}
      {row("National", national, "bg-peer")}
    </div>
  );
}

/**
 * One CJS measure as the report's card shows it: the quarter, the force's figure, the national figure
 * and the change from the previous quarter in words. Two quarters carry no control limits or trend, so
 * none is drawn; `commentary` is the report's bullet about this measure, where it is known.
 */
export function CjsMeasure({
  metric,
  period,
  commentary,
  headingLevel = 3,
}: {
  metric: CjsMeasure_MetricFragment;
  period?: string;
  commentary?: string | null;
  headingLevel?: 3 | 4;
}) {
  const { latest, change, benchmarkPosition: position } = metric;
  const national = position?.national ?? null;
  const decimals = publishedDecimals([latest?.value, national]);
  const format = (v: number) => formatDomainValue(v, metric.unit, { decimals });
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const quarter = latest ? spanLabel(latest.periodStart, latest.periodEnd) : null;
  return (
    <li
      className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4"
      data-metric-id={metric.id}
    >
      <Heading className="font-semibold">
        <Link
          to={withPeriod(`/metrics/${metric.id}`, period)}
          className="inline-flex min-h-11 items-center text-link underline-offset-4 hover:underline"
        >
          <GlossaryText text={metric.description ?? metric.name} />
        </Link>
      </Heading>
      {quarter ? <p className="text-sm font-semibold text-muted">{quarter}</p> : null}
      <p className="text-3xl font-bold tabular-nums">{latest ? format(latest.value) : "No data"}</p>
      {national != null ? (
        <p>
          Nationally {format(national)}
          {position && position.periodLabel !== position.forcePeriodLabel ? ` (${position.periodLabel})` : ""}
        </p>
      ) : null}
      {latest && change ? (
        <p className="font-semibold">{quarterChangeWords(change, latest.value, metric.unit)}</p>
      ) : null}
      {latest?.illustrative || change?.illustrative ? (
        <p className="w-fit rounded bg-illustrative-soft px-2 text-sm text-illustrative">
          Illustrative value
        </p>
      ) : null}
      {latest && national != null ? (
        <PairBars force={latest.value} national={national} format={format} />
      ) : null}
      {commentary ? (
        <p className="mt-2 border-t border-line pt-2 text-sm">
          <GlossaryText text={commentary} />
        </p>
      ) : null}
      {position ? (
        <Link
          to={withPeriod(`/metrics/${metric.id}/benchmarks`, period)}
          className="mt-auto inline-flex min-h-11 items-center text-sm text-link underline"
        >
          Compared with {position.comparedWith}
          <span className="sr-only">: {metric.name}</span>
        </Link>
      ) : null}
    </li>
  );
}
