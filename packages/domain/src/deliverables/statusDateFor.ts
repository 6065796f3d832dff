import { lastDayOfMonth } from "../periods/lastDayOfMonth.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import { parseMonthKey } from "../periods/parseMonthKey.ts";

/**
 * The day (YYYY-MM-DD) deliverable status is judged on for a reporting period: the last day of the
 * period's last month, so "March – May 23" reads as at 31 May 2023, as a board member reading that
 * report would expect. Taking the period rather than the clock keeps an old report's statuses as
 * they were written.
 * @example statusDateFor("2023-05") // "2023-05-31"
 */
export function statusDateFor(periodEnd: MonthKey): string {
  const { year, month } = parseMonthKey(periodEnd);
  return lastDayOfMonth(year, month);
}
