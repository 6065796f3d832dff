import { graphql } from "../../gql";
import type { DeliverablesTable_DeliverableFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { GlossaryText } from "../../ui/GlossaryText";
import { ProgressBar } from "../../ui/ProgressBar";
import { DeliverableEditor } from "../deliverables/DeliverableEditor";
import { DueDateText } from "../deliverables/DueDateText";
import { SlipWarning } from "../deliverables/SlipWarning";
import { HistoryButton } from "../history/HistoryButton";
import { deliverableStatusText } from "./deliverableStatusText";
import { statusDateLabel } from "./statusDateLabel";

export const DeliverablesTableFragment = graphql(`
  fragment DeliverablesTable_deliverable on Deliverable {
    id
    action
    due
    dueDate
    progress
    status(period: $period)
    note
    version
    ...DueDateText_deliverable
    ...SlipWarning_deliverable
  }
`);

const STATUS_STYLE = {
  COMPLETE: "bg-pass-soft text-pass",
  ON_TRACK: "bg-improvement-soft text-improvement",
  AT_RISK: "bg-concern-soft text-concern",
  OVERDUE: "bg-fail-soft text-fail font-semibold",
} as const;

/** One deliverable: action with its note and edit and history buttons, date due, progress and status. */
function DeliverableRow({ deliverable: d }: { deliverable: DeliverablesTable_DeliverableFragment }) {
  return (
    <tr data-deliverable-id={d.id} className="border-b border-line align-top">
      <td className="py-2 pr-3">
        <GlossaryText text={d.action} />
        {d.note ? <p className="mt-1 text-sm text-muted">{d.note}</p> : null}
        <div className="mt-1 flex flex-wrap gap-1">
          <DeliverableEditor deliverable={d} />
          <HistoryButton entityType="Deliverable" entityId={d.id} what="deliverable" />
        </div>
      </td>
      <td className="py-2 pr-3">
        <DueDateText deliverable={d} />
      </td>
      <td className="py-2 pr-3">
        <ProgressBar value={d.progress} label={`Progress of ${d.action}`} />
        <SlipWarning deliverable={d} />
      </td>
      <td className="py-2">
        <span
          className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm ${STATUS_STYLE[d.status]}`}
        >
          {d.status === "OVERDUE" ? "⚠ " : ""}
          {deliverableStatusText(d.status)}
        </span>
      </td>
    </tr>
  );
}

/**
 * Deliverables with progress (and a warning when likely to be late), due date as written with the day
 * it was read as, and status in words (overdue flagged with a mark too). Status is as at `statusDate` (YYYY-MM-DD), the last day of the selected reporting period, so
 * the March – May 23 report reads as a board member saw it then, not as at today.
 */
export function DeliverablesTable({
  deliverables,
  statusDate,
}: {
  deliverables: readonly DeliverablesTable_DeliverableFragment[];
  statusDate: string;
}) {
  if (deliverables.length === 0) return <EmptyState title="No deliverables recorded for this priority" />;
  const asAt = `Status as at ${statusDateLabel(statusDate)}`;
  return (
    <>
      <p className="mt-1 text-sm text-muted">{asAt}</p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">
          Deliverables: action, date due, progress and status ({asAt.toLowerCase()})
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">
              Action
            </th>
            <th scope="col" className="py-2 pr-3">
              Date due
            </th>
            <th scope="col" className="w-1/4 py-2 pr-3">
              Progress
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {deliverables.map((d) => (
            <DeliverableRow key={d.id} deliverable={d} />
          ))}
        </tbody>
      </table>
    </>
  );
}
