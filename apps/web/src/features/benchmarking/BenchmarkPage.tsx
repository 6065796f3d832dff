import { Link } from "react-router";
import { usePeriod } from "../../app/usePeriod";
import { withPeriod } from "../../app/withPeriod";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { GlossaryText } from "../../ui/GlossaryText";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { BenchmarkComparison } from "./BenchmarkComparison";
import { useBenchmarks } from "./useBenchmarks";

function BenchmarkBody({ id, period }: { id: string; period?: string }) {
  const { data, loading, error, refetch } = useBenchmarks(id, period);
  if (loading && !data) return <LoadingState what="the benchmarks" />;
  if (error) return <ErrorState what="the benchmarks" error={error} onRetry={() => void refetch()} />;
  const metric = data?.metric;
  if (!data || !metric)
    return <EmptyState title="No such metric">There is no metric with the id “{id}”.</EmptyState>;
  const position = metric.benchmarkPosition;
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
      <BenchmarkComparison metric={metric} plan={data.plan} />
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
