import type { DeliverableRecord } from "../../data/records.ts";

/** What the audit log keeps of a deliverable: the fields a person edits, plus the version. */
export function deliverableSnapshot(d: DeliverableRecord) {
  return {
    action: d.action,
    due: d.due,
    dueDate: d.dueDate,
    dueDateSource: d.dueDateSource,
    startDate: d.startDate,
    progress: d.progress,
    note: d.note,
    retired: d.retired,
    version: d.version,
  };
}
