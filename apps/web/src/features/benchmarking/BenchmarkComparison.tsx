import { useMemo } from "react";
import { LazyBenchmarkBarChart } from "../../charts/LazyBenchmarkBarChart";
import { gapToMsgAverage, latestBenchmarkPeriod, toBenchmarkBars } from "../../charts/toBenchmarkBars";
import { formatValue } from "../../format/formatValue";
import { graphql } from "../../gql";
import type { BenchmarkComparison_MetricFragment, BenchmarkComparison_PlanFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { BenchmarkKey } from "./BenchmarkKey";
import { BenchmarkStanding } from "./BenchmarkStanding";
import { BenchmarkTable } from "./BenchmarkTable";
import { GapTrend } from "./GapTrend";

export const BenchmarkComparisonFragment = graphql(`
  fragment BenchmarkComparison_metric on Metric {
    name
    unit
    polarity
    benchmarks {
      id
      value
      lower
      upper
      rank
      rankOutOf
      periodEnd
      illustrative
      source
      comparator {
        id
        code
        name
        kind
        isHomeForce
      }
    }
    benchmarkPosition(period: $period) {
      periodEnd
      periodLabel
      forceValue
      forcePeriodEnd
      forceLower
      forceUpper
      forceIllustrative
      ...BenchmarkStanding_position
    }
  }
`);

export const BenchmarkComparisonPlanFragment = graphql(`
  fragment BenchmarkComparison_plan on Plan {
    forceName
  }
`);

/** The bars for the period compared, the force's own figure among them (the API's, interval included). */
function useBenchmarkBars(metric: BenchmarkComparison_MetricFragment, forceName: string) {
  const position = metric.benchmarkPosition ?? null;
  const latest = position?.periodEnd ?? latestBenchmarkPeriod(metric.benchmarks);
  const bars = useMemo(() => {
    if (!latest) return [];
    const home = position
      ? {
          name: forceName,
          value: position.forceValue,
          periodEnd: position.forcePeriodEnd,
          lower: position.forceLower,
          upper: position.forceUpper,
          illustrative: position.forceIllustrative,
        }
      : null;
    return toBenchmarkBars(metric.benchmarks, metric.polarity, latest, home);
  }, [metric, latest, position, forceName]);
  return { latest, bars };
}

/**
 * One metric against its comparators: the force's standing, bars best first with their key and data
 * table, the gap to the MSG average over time, and the sources.
 */
export function BenchmarkComparison({
  metric,
  plan,
}: {
  metric: BenchmarkComparison_MetricFragment;
  plan: BenchmarkComparison_PlanFragment;
}) {
  const { latest, bars } = useBenchmarkBars(metric, plan.forceName);
  const gaps = useMemo(() => gapToMsgAverage(metric.benchmarks), [metric]);
  if (bars.length === 0 || !latest)
    return (
      <div className="mt-4">
        <EmptyState title="No benchmarks for this metric">
          No comparison with other forces has been recorded.
        </EmptyState>
      </div>
    );
  const position = metric.benchmarkPosition;
  const format = (v: number) => formatValue(v, metric.unit);
  const sources = [...new Set(metric.benchmarks.map((b) => b.source))];
  const span = position?.periodLabel ?? null;
  const caption = `${metric.name}${span ? `, ${span}` : ""}`;
  return (
    <>
      {position ? <BenchmarkStanding position={position} /> : null}
      <figure className="mt-4 rounded-lg border border-line bg-surface p-3">
        <figcaption className="mb-2 font-semibold">
          {bars.some((b) => b.rank != null) ? "Ranked, best first" : "Best first"}
          {span ? `, ${span}` : ""}
        </figcaption>
        <div
          role="img"
          aria-label={`Bar chart of ${metric.name}, best first${span ? `, ${span}` : ""}; the table below gives every value and interval.`}
        >
          <LazyBenchmarkBarChart bars={bars} format={format} />
        </div>
        <BenchmarkKey bars={bars} />
        <BenchmarkTable period={latest} bars={bars} format={format} caption={caption} />
      </figure>
      <GapTrend gaps={gaps} format={format} />
      <p className="mt-4 text-sm text-muted">Source: {sources.join("; ")}</p>
    </>
  );
}
