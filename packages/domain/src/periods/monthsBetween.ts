import type { MonthKey } from "./MonthKey.ts";
import { monthIndex } from "./monthIndex.ts";

/**
 * Whole months from a to b (b − a): positive when b is later.
 * @example monthsBetween("2022-07", "2023-03") // 8
 */
export function monthsBetween(a: MonthKey, b: MonthKey): number {
  return monthIndex(b) - monthIndex(a);
}
