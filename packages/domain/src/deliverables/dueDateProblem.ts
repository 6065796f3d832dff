import { dayLabel } from "../periods/dayLabel.ts";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a due date an editor gives in place of the one read from the due text cannot be saved, or null
 * when it can: it must be a real calendar day written YYYY-MM-DD, after the deliverable's start date
 * when it has one (a due date on or before the start leaves nothing to measure progress against).
 * The API and the edit form both ask this, so the form refuses exactly what the API would.
 * @example dueDateProblem("2023-02-30", null) // "must be a real date written YYYY-MM-DD, e.g. 2023-12-31"
 * @example dueDateProblem("2023-02-28", "2023-03-01") // "must be after the start date, 1 Mar 2023"
 */
export function dueDateProblem(dueDate: string, startDate: string | null): string | null {
  // Date.parse accepts 30 February and rolls it on, so the day must read back unchanged.
  const parsed = ISO_DAY.test(dueDate) ? Date.parse(dueDate) : Number.NaN;
  if (Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== dueDate) {
    return "must be a real date written YYYY-MM-DD, e.g. 2023-12-31";
  }
  if (startDate !== null && dueDate <= startDate)
    return `must be after the start date, ${dayLabel(startDate)}`;
  return null;
}
