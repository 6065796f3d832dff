import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import { graphql } from "../../gql";
import type { ExceptionsList_ExceptionFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { GlossaryText } from "../../ui/GlossaryText";
import { SignalIcon } from "../../ui/SignalIcon";
import { SpcText } from "../../ui/SpcText";

export const ExceptionsListFragment = graphql(`
  fragment ExceptionsList_exception on MetricException {
    severity
    summary
    reasons
    illustrative
    variation
    assurance
    priorityNumber
    standing {
      text
    }
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

/** One exception: the metric and its priority, the plain line, its badges and findings, the latest value. */
function ExceptionItem({
  exception: e,
  period,
}: {
  exception: ExceptionsList_ExceptionFragment;
  period: string | undefined;
}) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 p-4">
      <div className="min-w-0 flex-1 basis-96">
        <Link
          to={withPeriod(`/metrics/${e.metric.id}`, period)}
          className="inline-flex min-h-11 items-center font-semibold text-link underline-offset-4 hover:underline"
        >
          {e.metric.name}
        </Link>
        {e.priorityNumber ? (
          <span className="ml-2 text-sm text-muted">Priority {e.priorityNumber}</span>
        ) : null}
        <p data-testid="exception-summary">
          <GlossaryText text={e.summary} />
        </p>
        <div className="mt-2">
          <SignalIcon variation={e.variation} assurance={e.assurance} illustrative={e.illustrative} />
        </div>
        <details className="mt-1">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-link">
            Why this is an exception ({e.reasons.length} finding{e.reasons.length === 1 ? "" : "s"})
          </summary>
          <ul className="mb-2 list-disc pl-5 text-sm">
            {e.reasons.map((reason) => (
              <li key={reason}>
                <SpcText text={reason} />
              </li>
            ))}
          </ul>
        </details>
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
        {e.standing ? <p className="text-sm font-medium">{e.standing.text}</p> : null}
      </div>
    </li>
  );
}

/**
 * Exceptions first, in the API's order (most severe first): one plain line per metric, as the report
 * would write it, with the findings behind it one tap away.
 */
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
      {exceptions.map((e) => (
        <ExceptionItem key={e.metric.id} exception={e} period={period} />
      ))}
    </ol>
  );
}
