import { deliverableStatus, slipRisk } from "@pcc/domain";
import type { DeliverableRecord } from "../../data/records.ts";

/**
 * The record in its GraphQL shape: what a CONFLICT error carries as extensions.current. Status and
 * slip risk are as at `asOf` (YYYY-MM-DD), the day `statusDate` gives for the current period: the
 * reporting quarter's last day, never the clock, so the warning and the status beside it are judged
 * on one day and agree, and a quarter's report keeps the warnings it was written with.
 */
export function presentDeliverable(d: DeliverableRecord, asOf: string) {
  return {
    __typename: "Deliverable",
    id: String(d.id),
    action: d.action,
    due: d.due,
    dueDate: d.dueDate,
    dueDateSource: d.dueDateSource,
    startDate: d.startDate,
    progress: d.progress,
    note: d.note,
    version: d.version,
    status: deliverableStatus(d, asOf),
    slipRisk: slipRisk({ ...d, asOf }),
    retired: d.retired,
    priorityNumber: d.priorityNumber,
    updatedAt: d.updatedAt,
  };
}
