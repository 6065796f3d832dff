import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import { graphql } from "../../gql";
import type { ExceptionsList_ExceptionFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { GlossaryText } from "../../ui/GlossaryText";
import { SignalIcon } from "../../ui/SignalIcon";
import { sortBySeverity } from "./sortBySeverity";

export const ExceptionsListFragment = graphql(`
  fragment ExceptionsList_exception on MetricException {
    severity
    reasons
    variation
    assurance
    priorityNumber
    latest {
      id
      value
      periodEnd
      illustrative
    }
    metric {
      id
      name
      unit
    }
  }
`);

/** Exceptions first: every metric with a concern signal or a failing SLA or target, most severe first. */
export function ExceptionsList({
  exceptions,
  period,
}: {
  exceptions: readonly ExceptionsList_ExceptionFragment[];
  period?: string;
}) {
  if (exceptions.length === 0) {
    return (
      <EmptyState title="No exceptions this period">
        No metric shows a concern signal or a failing SLA or target.
      </EmptyState>
    );
  }
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
      {sortBySeverity(exceptions).map((e) => (
        <li key={e.metric.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
          <div className="min-w-0 flex-1">
            <Link
              to={withPeriod(`/metrics/${e.metric.id}`, period)}
              className="inline-flex min-h-11 items-center font-semibold text-link underline-offset-4 hover:underline"
            >
              {e.metric.name}
            </Link>
            {e.priorityNumber ? (
              <span className="ml-2 text-sm text-muted">Priority {e.priorityNumber}</span>
            ) : null}
            <ul className="mt-1 list-disc pl-5 text-sm">
              {e.reasons.map((reason) => (
                <li key={reason}>
                  <GlossaryText text={reason} />
                </li>
              ))}
            </ul>
          </div>
          <div className="flex flex-col items-end gap-1">
            {e.latest ? (
              <p className="text-xl font-semibold tabular-nums">
                {formatValue(e.latest.value, e.metric.unit)}
                <span className="ml-1 text-sm font-normal text-muted">{monthLabel(e.latest.periodEnd)}</span>
                {e.latest.illustrative ? (
                  <span className="ml-1 text-sm text-illustrative">(illustrative)</span>
                ) : null}
              </p>
            ) : null}
            <SignalIcon variation={e.variation} assurance={e.assurance} />
          </div>
        </li>
      ))}
    </ol>
  );
}
