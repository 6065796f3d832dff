import type { MonthKey } from "./MonthKey.ts";
import { monthIndex } from "./monthIndex.ts";
import { monthKeyFromIndex } from "./monthKeyFromIndex.ts";

/**
 * The month n months after (negative: before) the given one.
 * @example addMonths("2023-03", -12) // "2022-03"
 */
export function addMonths(key: MonthKey, n: number): MonthKey {
  return monthKeyFromIndex(monthIndex(key) + n);
}
