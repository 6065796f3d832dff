import { MONTH_ABBREVIATIONS } from "./MONTH_ABBREVIATIONS.ts";
import type { MonthKey } from "./MonthKey.ts";
import { parseMonthKey } from "./parseMonthKey.ts";

/**
 * The report's month label: three-letter month, hyphen, two-digit year.
 * @example monthLabel("2023-03") // "Mar-23"
 */
export function monthLabel(key: MonthKey): string {
  const { year, month } = parseMonthKey(key);
  return `${MONTH_ABBREVIATIONS[month - 1]}-${String(year % 100).padStart(2, "0")}`;
}
