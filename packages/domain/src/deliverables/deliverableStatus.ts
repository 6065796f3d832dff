import type { DeliverableStatusValue } from "./DeliverableStatusValue.ts";

// "Due within the next quarter and not yet near complete" (SDL): a quarter is 92 days at most,
// and "near complete" is three quarters done.
const AT_RISK_WINDOW_DAYS = 92;
const NEAR_COMPLETE = 75;
const DAY_MS = 86_400_000;

/**
 * A deliverable's status on `asOf` (YYYY-MM-DD) from its progress (0–100 %) and its due date
 * (YYYY-MM-DD, null when none can be derived from the report's wording): COMPLETE at 100 %;
 * OVERDUE once the due date has passed; AT_RISK when due within 92 days and under 75 % done;
 * otherwise ON_TRACK. Dates compare as text, so no time zone can move a day.
 * @example deliverableStatus({ progress: 50, dueDate: "2023-06-30" }, "2023-05-31") // "AT_RISK"
 */
export function deliverableStatus(
  deliverable: { progress: number; dueDate: string | null },
  asOf: string,
): DeliverableStatusValue {
  const { progress, dueDate } = deliverable;
  if (progress >= 100) return "COMPLETE";
  if (dueDate === null) return "ON_TRACK";
  if (dueDate < asOf) return "OVERDUE";
  const daysLeft = (Date.parse(dueDate) - Date.parse(asOf)) / DAY_MS;
  return daysLeft <= AT_RISK_WINDOW_DAYS && progress < NEAR_COMPLETE ? "AT_RISK" : "ON_TRACK";
}
