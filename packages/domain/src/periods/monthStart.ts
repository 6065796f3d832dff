import type { MonthKey } from "./MonthKey.ts";
import { parseMonthKey } from "./parseMonthKey.ts";

/**
 * Midnight UTC on the first day of the month.
 * @example monthStart("2023-03").toISOString() // "2023-03-01T00:00:00.000Z"
 */
export function monthStart(key: MonthKey): Date {
  const { year, month } = parseMonthKey(key);
  return new Date(Date.UTC(year, month - 1, 1));
}
