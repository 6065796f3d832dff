import type { MonthKey } from "./MonthKey.ts";

/**
 * The month a date falls in, read in UTC so the answer does not depend on the server's zone.
 * @example monthKeyOf(new Date("2023-03-31T23:00:00Z")) // "2023-03"
 */
export function monthKeyOf(date: Date): MonthKey {
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${month}`;
}
