import type { AuditEventFieldsFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { actionLabel } from "./actionLabel";
import { formatWhen } from "./formatWhen";

/** Change events newest first: who, when, what, and each changed field as "before → after". */
export function HistoryList({
  events,
  showEntity = false,
}: {
  events: readonly AuditEventFieldsFragment[];
  showEntity?: boolean;
}) {
  if (events.length === 0) return <EmptyState title="No changes recorded yet" />;
  return (
    <ol className="space-y-3">
      {events.map((event) => (
        <li key={event.id} className="rounded border border-line p-3">
          <p>
            <span className="font-semibold">{actionLabel(event.action)}</span>
            {showEntity ? ` ${event.entityType} ${event.entityId}` : ""} by <span>{event.actorEmail}</span>,{" "}
            <time dateTime={event.at}>{formatWhen(event.at)}</time>
          </p>
          {event.changes.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {event.changes.map((line) => (
                <li key={line} className="break-words">
                  {line}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
