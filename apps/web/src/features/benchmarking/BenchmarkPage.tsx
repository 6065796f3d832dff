import { useMemo } from "react";
import { Link } from "react-router";
import { usePeriod } from "../../app/usePeriod";
import { withPeriod } from "../../app/withPeriod";
import { LazyBenchmarkBarChart } from "../../charts/LazyBenchmarkBarChart";
import { gapToMsgAverage, latestBenchmarkPeriod, toBenchmarkBars } from "../../charts/toBenchmarkBars";
import { formatValue } from "../../format/formatValue";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { GlossaryText } from "../../ui/GlossaryText";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { BenchmarkKey } from "./BenchmarkKey";
import { BenchmarkTable } from "./BenchmarkTable";
import { GapTrend } from "./GapTrend";
import { positionFacts } from "./positionFacts";
import { useBenchmarks } from "./useBenchmarks";

function BenchmarkBody({ id, period }: { id: string; period?: string }) {
  const { data, loading, error, refetch } = useBenchmarks(id, period);
  const metric = data?.metric;
  const position = metric?.benchmarkPosition ?? null;
  const latest = position?.periodEnd ?? (metric ? latestBenchmarkPeriod(metric.benchmarks) : null);
  const forceName = data?.plan.forceName ?? "This force";
  const bars = useMemo(() => {
    if (!metric || !latest) return [];
    // The force's own figure is the API's (a benchmark row, else its observation), interval included.
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
  const gaps = useMemo(() => (metric ? gapToMsgAverage(metric.benchmarks) : []), [metric]);
  if (loading && !data) return <LoadingState what="the benchmarks" />;
  if (error) return <ErrorState what="the benchmarks" error={error} onRetry={() => void refetch()} />;
  if (!metric) return <EmptyState title="No such metric">There is no metric with the id “{id}”.</EmptyState>;
  const format = (v: number) => formatValue(v, metric.unit);
  const sources = [...new Set(metric.benchmarks.map((b) => b.source))];
  const span = position?.periodLabel ?? null;
  const isRanked = bars.some((b) => b.rank != null);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link
          to={withPeriod(`/metrics/${metric.id}`, period)}
          className="inline-flex min-h-11 items-center text-link underline"
        >
          {metric.name}
        </Link>
        {" › Benchmarks"}
      </nav>
      <h1 className="text-2xl font-bold">
        <GlossaryText
          text={
            position ? `${metric.name}: compared with ${position.comparedWith}` : `${metric.name}: benchmarks`
          }
        />
      </h1>
      {bars.length === 0 || !latest ? (
        <div className="mt-4">
          <EmptyState title="No benchmarks for this metric">
            No comparison with other forces has been recorded.
          </EmptyState>
        </div>
      ) : (
        <>
          {position ? (
            <div className="mt-4 rounded-lg border-l-4 border-brand bg-surface p-4">
              <p className="text-lg font-semibold">
                <GlossaryText text={position.text} />
              </p>
              <ul className="mt-1 text-sm">
                {positionFacts(position).map((f) => (
                  <li key={f}>
                    <GlossaryText text={f} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <figure className="mt-4 rounded-lg border border-line bg-surface p-3">
            <figcaption className="mb-2 font-semibold">
              {isRanked ? "Ranked, best first" : "Best first"}
              {span ? `, ${span}` : ""}
            </figcaption>
            <div
              role="img"
              aria-label={`Bar chart of ${metric.name}, best first${span ? `, ${span}` : ""}; the table below gives every value and interval.`}
            >
              <LazyBenchmarkBarChart bars={bars} format={format} />
            </div>
            <BenchmarkKey bars={bars} />
            <BenchmarkTable
              period={latest}
              bars={bars}
              format={format}
              caption={`${metric.name}${span ? `, ${span}` : ""}`}
            />
          </figure>
          <GapTrend gaps={gaps} format={format} />
          <p className="mt-4 text-sm text-muted">Source: {sources.join("; ")}</p>
        </>
      )}
    </>
  );
}

/** One metric against its comparators (MSG forces, the MSG average, national): bars, intervals, gap over time. */
export function BenchmarkPage({ id }: { id: string }) {
  const period = usePeriod();
  return (
    <Layout>
      <BenchmarkBody id={id} period={period} />
    </Layout>
  );
}
