import { useDeferredValue } from "react";
import { usePeriod } from "../../app/usePeriod";
import { BadgeKey } from "../../ui/BadgeKey";
import { ErrorState } from "../../ui/ErrorState";
import { IllustrativeBanner } from "../../ui/IllustrativeBanner";
import { isMostlyIllustrative } from "../../ui/illustrativeShare";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { PeriodPicker } from "../../ui/PeriodPicker";
import { QuarterBar } from "../quarters/QuarterBar";
import { ExceptionsList } from "./ExceptionsList";
import { PriorityCard } from "./PriorityCard";
import { useOverview } from "./useOverview";

function OverviewBody({ period }: { period?: string }) {
  const { data: latest, loading, error, refetch } = useOverview(period);
  // Apollo hands results over through useSyncExternalStore, which renders in one blocking task; rendering
  // the page from a deferred copy lets React build it in interruptible slices (it keeps total blocking time low).
  const data = useDeferredValue(latest);
  if (!data && (loading || latest)) return <LoadingState what="the overview" />;
  if (error || !data) return <ErrorState what="the overview" error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <section aria-labelledby="priorities-heading">
        <h2 id="priorities-heading" className="text-xl font-semibold">
          Priorities
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2 2xl:grid-cols-4">
          {data.priorities.map((p) => (
            <PriorityCard key={p.number} priority={p} period={period} />
          ))}
        </div>
      </section>
      <section aria-labelledby="exceptions-heading" className="defer-render mt-8">
        <h2 id="exceptions-heading" className="text-xl font-semibold">
          Exceptions
        </h2>
        <p className="mb-3 text-muted">
          Metrics with a concern signal or a failing SLA or target, most severe first.
        </p>
        <div className="mb-3">
          <BadgeKey />
        </div>
        {isMostlyIllustrative([data.exceptions.map((e) => e.illustrative)]) ? (
          <IllustrativeBanner what="behind these exceptions" />
        ) : null}
        <ExceptionsList exceptions={data.exceptions} period={period} />
      </section>
    </>
  );
}

/** The overview for a reporting period: the four priorities' headline status, then the exceptions. */
export function OverviewPage() {
  const period = usePeriod();
  return (
    <Layout headerExtra={<PeriodPicker />}>
      <h1 className="mb-4 text-2xl font-bold">Police and Crime Plan: overview</h1>
      <QuarterBar period={period} />
      <OverviewBody period={period} />
    </Layout>
  );
}
