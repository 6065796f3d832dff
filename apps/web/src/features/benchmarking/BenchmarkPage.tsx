import { useMemo } from "react";
import { Link } from "react-router";
import { usePeriod } from "../../app/usePeriod";
import { withPeriod } from "../../app/withPeriod";
import { LazyBenchmarkBarChart } from "../../charts/LazyBenchmarkBarChart";
import { gapToMsgAverage, latestBenchmarkPeriod, toBenchmarkBars } from "../../charts/toBenchmarkBars";
import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { GlossaryText } from "../../ui/GlossaryText";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { BenchmarkTable } from "./BenchmarkTable";
import { GapTrend } from "./GapTrend";
import { positionFacts } from "./positionFacts";
import { useBenchmarks } from "./useBenchmarks";

function BenchmarkBody({ id, period }: { id: string; period?: string }) {
  const { data, loading, error, refetch } = useBenchmarks(id, period);
  const metric = data?.metric;
  const latest = metric ? latestBenchmarkPeriod(metric.benchmarks) : null;
  const forceName = data?.plan.forceName ?? "This force";
  const bars = useMemo(() => {
    if (!metric || !latest) return [];
    const home = metric.latest ? { name: forceName, ...metric.latest } : null;
    return toBenchmarkBars(metric.benchmarks, metric.polarity, latest, home);
  }, [metric, latest, forceName]);
  const gaps = useMemo(() => (metric ? gapToMsgAverage(metric.benchmarks) : []), [metric]);
  if (loading && !data) return <LoadingState what="the benchmarks" />;
  if (error) return <ErrorState what="the benchmarks" error={error} onRetry={() => void refetch()} />;
  if (!metric) return <EmptyState title="No such metric">There is no metric with the id “{id}”.</EmptyState>;
  const format = (v: number) => formatValue(v, metric.unit);
  const position = metric.benchmarkPosition;
  const sources = [...new Set(metric.benchmarks.map((b) => b.source))];
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
        <GlossaryText text={`${metric.name}: compared with MSG forces`} />
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
              Ranked, best first, for the period to {monthLabel(latest)}
            </figcaption>
            <div
              role="img"
              aria-label={`Bar chart of ${metric.name} by force for the period to ${monthLabel(latest)}; the table below gives every value.`}
            >
              <LazyBenchmarkBarChart bars={bars} format={format} />
            </div>
            <BenchmarkTable
              period={latest}
              bars={bars}
              format={format}
              caption={`${metric.name}, period to ${monthLabel(latest)}`}
            />
          </figure>
          <GapTrend gaps={gaps} format={format} />
          <p className="mt-4 text-sm text-muted">Source: {sources.join("; ")}</p>
        </>
      )}
    </>
  );
}

/** MSG benchmarking for one metric: ranked bars, rank and quartile, and the gap's trend. */
export function BenchmarkPage({ id }: { id: string }) {
  const period = usePeriod();
  return (
    <Layout>
      <BenchmarkBody id={id} period={period} />
    </Layout>
  );
}
