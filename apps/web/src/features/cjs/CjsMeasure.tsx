import { formatValue as formatDomainValue, spanLabel } from "@pcc/domain";
import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { graphql } from "../../gql";
import type { CjsMeasure_MetricFragment } from "../../gql/graphql";
import { GlossaryText } from "../../ui/GlossaryText";
import { ForceNationalBars } from "./ForceNationalBars";
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
  const quarter = latest ? spanLabel(latest.periodStart, latest.periodEnd) : null;
  return (
    <li
      className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4"
      data-metric-id={metric.id}
    >
      <CjsMeasureHeading level={headingLevel} metric={metric} period={period} />
      {quarter ? <p className="text-sm font-semibold text-muted">{quarter}</p> : null}
      <p className="text-3xl font-bold tabular-nums">{latest ? format(latest.value) : "No data"}</p>
      {position && national != null ? (
        <NationalFigure position={position} national={national} format={format} />
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
        <ForceNationalBars force={latest.value} national={national} format={format} />
      ) : null}
      {commentary ? (
        <p className="mt-2 border-t border-line pt-2 text-sm">
          <GlossaryText text={commentary} />
        </p>
      ) : null}
      {position ? <ComparisonLink metric={metric} position={position} period={period} /> : null}
    </li>
  );
}

type Position = NonNullable<CjsMeasure_MetricFragment["benchmarkPosition"]>;

/** The measure's name as the card's heading, linked to its drill-down; the level fits where the card sits. */
function CjsMeasureHeading({
  level,
  metric,
  period,
}: {
  level: 3 | 4;
  metric: Pick<CjsMeasure_MetricFragment, "id" | "name" | "description">;
  period?: string;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <Heading className="font-semibold">
      <Link
        to={withPeriod(`/metrics/${metric.id}`, period)}
        className="inline-flex min-h-11 items-center text-link underline-offset-4 hover:underline"
      >
        <GlossaryText text={metric.description ?? metric.name} />
      </Link>
    </Heading>
  );
}

/** The national figure, naming its quarter only when it is not the force's. */
function NationalFigure({
  position,
  national,
  format,
}: {
  position: Position;
  national: number;
  format: (v: number) => string;
}) {
  return (
    <p>
      Nationally {format(national)}
      {position.periodLabel !== position.forcePeriodLabel ? ` (${position.periodLabel})` : ""}
    </p>
  );
}

/** The way on to the benchmarking page; the measure's name completes the link's name for screen readers. */
function ComparisonLink({
  metric,
  position,
  period,
}: {
  metric: Pick<CjsMeasure_MetricFragment, "id" | "name">;
  position: Position;
  period?: string;
}) {
  return (
    <Link
      to={withPeriod(`/metrics/${metric.id}/benchmarks`, period)}
      className="mt-auto inline-flex min-h-11 items-center text-sm text-link underline"
    >
      Compared with {position.comparedWith}
      <span className="sr-only">: {metric.name}</span>
    </Link>
  );
}
