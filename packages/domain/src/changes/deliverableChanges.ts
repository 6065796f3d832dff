import type { DeliverableStatusValue } from "../deliverables/DeliverableStatusValue.ts";
import { formatValue } from "../format/formatValue.ts";
import type { DeliverableQuarterChange } from "./QuarterChange.ts";
import type { DeliverableSnapshot } from "./QuarterSnapshot.ts";

const STATUS_WORDS: Record<DeliverableStatusValue, string> = {
  COMPLETE: "complete",
  ON_TRACK: "on track",
  AT_RISK: "at risk",
  OVERDUE: "overdue",
};

/**
 * What changed for a deliverable carried from an earlier quarter to a later one: its progress, then
 * its status, each when it differs. Named by the later quarter's wording of the action.
 * @example deliverableChanges({ progress: 40, status: "ON_TRACK", … }, { progress: 60, status: "ON_TRACK", … })
 * // [{ kind: "DELIVERABLE_PROGRESS", from: 40, to: 60, sentence: "Recruit … : progress rose from 40% to 60%." }]
 */
export function deliverableChanges(
  earlier: DeliverableSnapshot,
  later: DeliverableSnapshot,
): DeliverableQuarterChange[] {
  const ids = { deliverableId: later.id, earlierDeliverableId: earlier.id };
  const changes: DeliverableQuarterChange[] = [];
  if (earlier.progress !== later.progress) {
    const verb = later.progress > earlier.progress ? "rose" : "fell";
    const sentence = `${later.action}: progress ${verb} from ${percent(earlier.progress)} to ${percent(later.progress)}.`;
    changes.push({
      kind: "DELIVERABLE_PROGRESS",
      ...ids,
      from: earlier.progress,
      to: later.progress,
      sentence,
    });
  }
  if (earlier.status !== later.status) {
    const sentence = `${later.action}: now ${STATUS_WORDS[later.status]} (was ${STATUS_WORDS[earlier.status]}).`;
    changes.push({ kind: "DELIVERABLE_STATUS", ...ids, from: earlier.status, to: later.status, sentence });
  }
  return changes;
}

function percent(value: number): string {
  return formatValue(value, "PERCENT", { decimals: 0 });
}
