import type { DeliverableRecord } from "../../data/records.ts";

export type DeliverableStatusValue = "COMPLETE" | "ON_TRACK" | "AT_RISK" | "OVERDUE";

// "Due within the next quarter and not yet near complete" (SDL): a quarter is 92 days at most,
// and "near complete" is three quarters done.
const AT_RISK_WINDOW_DAYS = 92;
const NEAR_COMPLETE = 75;

/** A deliverable's status on `asOf` (YYYY-MM-DD) from its progress and derived due date. */
export function deliverableStatus(d: Pick<DeliverableRecord, "progress" | "dueDate">, asOf: string) {
  if (d.progress >= 100) return "COMPLETE" satisfies DeliverableStatusValue;
  if (d.dueDate === null) return "ON_TRACK" satisfies DeliverableStatusValue;
  if (d.dueDate < asOf) return "OVERDUE" satisfies DeliverableStatusValue;
  const daysLeft = (Date.parse(d.dueDate) - Date.parse(asOf)) / 86_400_000;
  if (daysLeft <= AT_RISK_WINDOW_DAYS && d.progress < NEAR_COMPLETE) return "AT_RISK";
  return "ON_TRACK";
}
