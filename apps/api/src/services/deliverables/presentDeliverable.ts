import { deliverableStatus } from "@pcc/domain";
import type { DeliverableRecord } from "../../data/records.ts";

/**
 * The record in its GraphQL shape: what a CONFLICT error carries as extensions.current. Status is
 * as at `asOf` (YYYY-MM-DD), the day `statusDate` gives for the current period.
 */
export function presentDeliverable(d: DeliverableRecord, asOf: string) {
  return {
    __typename: "Deliverable",
    id: String(d.id),
    action: d.action,
    due: d.due,
    dueDate: d.dueDate,
    progress: d.progress,
    note: d.note,
    version: d.version,
    status: deliverableStatus(d, asOf),
    retired: d.retired,
    priorityNumber: d.priorityNumber,
    updatedAt: d.updatedAt,
  };
}
