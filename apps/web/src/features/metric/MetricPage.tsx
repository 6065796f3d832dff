import { useDeferredValue } from "react";
import { usePeriod } from "../../app/usePeriod";
import { ErrorState } from "../../ui/ErrorState";
import { GlossaryText } from "../../ui/GlossaryText";
import { IllustrativeBanner } from "../../ui/IllustrativeBanner";
import { isMostlyIllustrative } from "../../ui/illustrativeShare";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { PeriodPicker } from "../../ui/PeriodPicker";
import { RequireRole } from "../auth/RequireRole";
import { ExportLinks } from "../imports/ExportLinks";
import { QuarterBar } from "../quarters/QuarterBar";
import { Breakdowns } from "./Breakdowns";
import { MetricBreadcrumb } from "./MetricBreadcrumb";
import { MetricFacts } from "./MetricFacts";
import { MetricHeadline } from "./MetricHeadline";
import { MetricNotFound } from "./MetricNotFound";
import { NarrativeList } from "./NarrativeList";
import { NarrativeEditor } from "./narrative/NarrativeEditor";
import { RelatedViews } from "./RelatedViews";
import { useMetric } from "./useMetric";
import { XmrSection } from "./XmrSection";

function MetricBody({ id, period }: { id: string; period?: string }) {
  const { data: latest, loading, error, refetch } = useMetric(id, period);
  // Apollo hands results over through useSyncExternalStore, which renders in one blocking task; rendering
  // the page from a deferred copy lets React build it in interruptible slices (it keeps total blocking time low).
  const data = useDeferredValue(latest);
  if (!data && (loading || latest)) return <LoadingState what="the metric" />;
  if (error) return <ErrorState what="the metric" error={error} onRetry={() => void refetch()} />;
  const metric = data?.metric;
  if (!metric) return <MetricNotFound id={id} period={period} />;
  return (
    <>
      <MetricBreadcrumb
        priorityNumber={metric.priorityNumber}
        sectionTitle={metric.sectionTitle}
        period={period}
      />
      <h1 className="text-2xl font-bold">
        <GlossaryText text={metric.name} />
      </h1>
      {metric.description ? (
        <p className="mt-1 text-muted">
          <GlossaryText text={metric.description} />
        </p>
      ) : null}
      {isMostlyIllustrative([metric.series.illustrative]) ? (
        <IllustrativeBanner what="for this metric" />
      ) : null}
      <div className="mt-4">
        <MetricHeadline metric={metric} period={period} />
      </div>
      <section aria-labelledby="narrative-heading" className="mt-6">
        <h2 id="narrative-heading" className="text-xl font-semibold">
          What the figures say
        </h2>
        <RequireRole atLeast="EDITOR" fallback={<NarrativeList sentences={metric.narrative} />}>
          <NarrativeEditor metricId={metric.id} period={period} />
        </RequireRole>
      </section>
      <RelatedViews metric={metric} period={period} />
      <XmrSection metric={metric} />
      <Breakdowns metric={metric} />
      <section aria-labelledby="facts-heading" className="defer-render mt-8">
        <h2 id="facts-heading" className="text-xl font-semibold">
          About this metric
        </h2>
        <MetricFacts metric={metric} />
        <ExportLinks metricId={metric.id} label={metric.name} />
      </section>
    </>
  );
}

/** The drill-down for one metric: headline, narrative, XmR chart, breakdowns and the facts behind them. */
export function MetricPage({ id }: { id: string }) {
  const period = usePeriod();
  return (
    <Layout headerExtra={<PeriodPicker />}>
      <QuarterBar period={period} />
      <MetricBody id={id} period={period} />
    </Layout>
  );
}
