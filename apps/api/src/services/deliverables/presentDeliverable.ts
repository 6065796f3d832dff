import type { DeliverableRecord } from "../../data/records.ts";
import { deliverableStatus } from "./deliverableStatus.ts";

/** The record in its GraphQL shape: what a CONFLICT error carries as extensions.current. */
export function presentDeliverable(d: DeliverableRecord) {
  return {
    __typename: "Deliverable",
    id: String(d.id),
    action: d.action,
    due: d.due,
    dueDate: d.dueDate,
    progress: d.progress,
    note: d.note,
    version: d.version,
    status: deliverableStatus(d, new Date().toISOString().slice(0, 10)),
    retired: d.retired,
    priorityNumber: d.priorityNumber,
    updatedAt: d.updatedAt,
  };
}
