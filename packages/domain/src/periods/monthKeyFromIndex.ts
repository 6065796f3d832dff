import type { MonthKey } from "./MonthKey.ts";

/**
 * Inverse of monthIndex.
 * @example monthKeyFromIndex(24278) // "2023-03"
 */
export function monthKeyFromIndex(index: number): MonthKey {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
