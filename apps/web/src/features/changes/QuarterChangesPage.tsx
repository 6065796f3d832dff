import { useId } from "react";
import { useSearchParams } from "react-router";
import { usePeriod } from "../../app/usePeriod";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Layout } from "../../ui/Layout";
import { LoadingState } from "../../ui/LoadingState";
import { PeriodPicker } from "../../ui/PeriodPicker";
import { ChangeItem } from "./ChangeItem";
import { type ChangeGroup, groupChanges } from "./groupChanges";
import { useQuarterChanges } from "./useQuarterChanges";

const HEADINGS: Record<ChangeGroup, string> = {
  figures: "Figures, signals and targets",
  deliverables: "Deliverables",
  risks: "Risks and issues",
};

/** Compare with an earlier quarter than the one before (kept in the URL as ?since=). */
function SinceChooser(props: {
  quarters: ReadonlyArray<{ code: string; label: string; start: string }>;
  laterStart: string;
  value: string;
}) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const earlier = props.quarters.filter((q) => q.start < props.laterStart);
  if (earlier.length < 2) return null;
  const choose = (code: string) => {
    const next = new URLSearchParams(params);
    next.set("since", code);
    setParams(next);
  };
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="font-medium">
        Compare with
      </label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => choose(event.target.value)}
        className="min-h-11 rounded border border-line bg-white px-2 text-ink"
      >
        {earlier.map((q) => (
          <option key={q.code} value={q.code}>
            {q.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function ChangesBody() {
  const period = usePeriod();
  const [params] = useSearchParams();
  const since = params.get("since") ?? undefined;
  const { data, loading, error, refetch } = useQuarterChanges(period, since);
  if (loading && !data) return <LoadingState what="what changed" />;
  if (error || !data) return <ErrorState what="what changed" error={error} onRetry={() => void refetch()} />;
  const { from, to, changes } = data.quarterChanges;
  if (!from) {
    return (
      <div className="mt-4">
        <EmptyState
          title={`${to.label} is the first quarter: there is no earlier quarter to compare it with.`}
        />
      </div>
    );
  }
  const groups = groupChanges(changes);
  return (
    <>
      <p className="mt-2 text-lg">
        From <strong>{from.label}</strong> to <strong>{to.label}</strong>
      </p>
      <SinceChooser quarters={data.reportingPeriods} laterStart={to.start} value={from.code} />
      {changes.length === 0 ? (
        <div className="mt-4">
          <EmptyState title={`Nothing changed between ${from.label} and ${to.label}.`} />
        </div>
      ) : (
        (Object.keys(HEADINGS) as ChangeGroup[]).map((group) => (
          <section key={group} aria-labelledby={`changes-${group}`} className="mt-6">
            <h2 id={`changes-${group}`} className="text-xl font-semibold">
              {HEADINGS[group]} ({groups[group].length})
            </h2>
            {groups[group].length === 0 ? (
              <p className="mt-1 text-muted">No change.</p>
            ) : (
              <ul className="mt-1 divide-y divide-line rounded-lg border border-line bg-surface px-4">
                {groups[group].map((change) => (
                  <ChangeItem key={`${change.kind}:${change.sentence}`} change={change} period={to.code} />
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </>
  );
}

/** What changed since the last quarter (or any earlier one), each change linked to its page. */
export function QuarterChangesPage() {
  return (
    <Layout headerExtra={<PeriodPicker />}>
      <h1 className="text-2xl font-bold">What changed</h1>
      <ChangesBody />
    </Layout>
  );
}
