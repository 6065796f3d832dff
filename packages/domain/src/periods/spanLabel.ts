import { MONTH_ABBREVIATIONS } from "./MONTH_ABBREVIATIONS.ts";
import type { MonthKey } from "./MonthKey.ts";
import { monthLabel } from "./monthLabel.ts";
import { monthsBetween } from "./monthsBetween.ts";
import { parseMonthKey } from "./parseMonthKey.ts";

/**
 * A span of months as the report writes it: one month "Mar-23"; three months within one year
 * "Oct to Dec 22" (the CJS dashboard's quarters); twelve months "12 months to Mar-23"; any other span
 * "Jan-21 to Jul-21".
 * @example spanLabel("2022-10", "2022-12") // "Oct to Dec 22"
 */
export function spanLabel(start: MonthKey, end: MonthKey): string {
  const months = monthsBetween(start, end) + 1;
  if (months <= 1) return monthLabel(end);
  if (months === 12) return `12 months to ${monthLabel(end)}`;
  const from = parseMonthKey(start);
  const to = parseMonthKey(end);
  if (months === 3 && from.year === to.year) {
    const year = String(to.year % 100).padStart(2, "0");
    return `${MONTH_ABBREVIATIONS[from.month - 1]} to ${MONTH_ABBREVIATIONS[to.month - 1]} ${year}`;
  }
  return `${monthLabel(start)} to ${monthLabel(end)}`;
}
