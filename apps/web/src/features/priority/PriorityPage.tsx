import { useDeferredValue } from "react";
import { Link } from "react-router";
import { usePeriod } from "../../app/usePeriod";
import { withPeriod } from "../../app/withPeriod";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { GlossaryText } from "../../ui/GlossaryText";
import { IllustrativeBanner } from "../../ui/IllustrativeBanner";
import { isMostlyIllustrative } from "../../ui/illustrativeShare";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { PeriodPicker } from "../../ui/PeriodPicker";
import { CarriedRisksReview } from "../quarters/CarriedRisksReview";
import { PreviousFocusList } from "../quarters/PreviousFocusList";
import { QuarterBar } from "../quarters/QuarterBar";
import { DeliverablesTable } from "./DeliverablesTable";
import { PriorityScorecards } from "./PriorityScorecards";
import { PriorityStatements } from "./PriorityStatements";
import { usePriority } from "./usePriority";

const PRIORITY_NUMBERS = [1, 2, 3, 4];

function PriorityTabs({ current, period }: { current: number; period?: string }) {
  return (
    <nav aria-label="Priorities" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {PRIORITY_NUMBERS.map((n) => (
          <li key={n}>
            <Link
              to={withPeriod(`/priorities/${n}`, period)}
              aria-current={n === current ? "page" : undefined}
              className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3 ${
                n === current ? "border-brand bg-brand text-brand-ink" : "border-line bg-surface text-link"
              }`}
            >
              Priority {n}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function PriorityBody({ number, period }: { number: number; period?: string }) {
  const { data: latest, loading, error, refetch } = usePriority(number, period);
  // Apollo hands results over through useSyncExternalStore, which renders in one blocking task; rendering
  // the page from a deferred copy lets React build it in interruptible slices (it keeps total blocking time low).
  const data = useDeferredValue(latest);
  if (!data && (loading || latest)) return <LoadingState what={`priority ${number}`} />;
  if (error) return <ErrorState what={`priority ${number}`} error={error} onRetry={() => void refetch()} />;
  const priority = data?.priority;
  if (!priority)
    return <EmptyState title={`There is no priority ${number}`}>The plan has priorities 1 to 4.</EmptyState>;
  const monthlyFlags = priority.scorecards.flatMap((card) =>
    card.sections.flatMap((section) => section.metrics.map((m) => m.series.illustrative)),
  );
  return (
    <>
      <h1 className="text-2xl font-bold">
        Priority {priority.number}: <GlossaryText text={priority.title} />
      </h1>
      {isMostlyIllustrative(monthlyFlags) ? <IllustrativeBanner what="on this page" /> : null}
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <PriorityStatements
          priority={priority.number}
          kind="OUTCOME"
          period={period}
          statements={priority.outcomes}
        />
        <PreviousFocusList items={priority.previousFocus} period={period} />
        <PriorityStatements
          priority={priority.number}
          kind="FOCUS"
          period={period}
          statements={priority.focus}
        />
      </div>
      <section
        aria-labelledby="deliverables-heading"
        className="defer-render mt-4 rounded-lg border border-line bg-surface p-4"
      >
        <h2 id="deliverables-heading" className="text-lg font-semibold">
          Deliverables progress
        </h2>
        <DeliverablesTable deliverables={priority.deliverables} statusDate={data.deliverableStatusDate} />
      </section>
      <div className="defer-render mt-4">
        <PriorityStatements
          priority={priority.number}
          kind="RISK"
          period={period}
          statements={priority.risks}
        />
        <CarriedRisksReview risks={priority.risks} />
      </div>
      <PriorityScorecards priority={priority} period={period} />
    </>
  );
}

/** A priority's highlight page: outcomes, focus, deliverables, risks, then its scorecard. */
export function PriorityPage({ number }: { number: number }) {
  const period = usePeriod();
  return (
    <Layout headerExtra={<PeriodPicker />}>
      <PriorityTabs current={number} period={period} />
      <QuarterBar period={period} />
      <PriorityBody number={number} period={period} />
    </Layout>
  );
}
