import type { MonthKey } from "./MonthKey.ts";
import { parseMonthKey } from "./parseMonthKey.ts";

/**
 * Months since January of year 0: a plain integer so month arithmetic is subtraction.
 * @example monthIndex("2023-03") - monthIndex("2022-03") // 12
 */
export function monthIndex(key: MonthKey): number {
  const { year, month } = parseMonthKey(key);
  return year * 12 + (month - 1);
}
