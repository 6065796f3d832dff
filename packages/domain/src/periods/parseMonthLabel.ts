import { fullYear } from "./fullYear.ts";
import type { MonthKey } from "./MonthKey.ts";
import { monthNumberOf } from "./monthNumberOf.ts";

/**
 * Reads the report's month labels back into a month key: "Mar-23", "Mar 23", "March 2023", "Sept-23".
 * @example parseMonthLabel("Mar-23") // "2023-03"
 * @returns null when the text is not a month label
 */
export function parseMonthLabel(label: string): MonthKey | null {
  const match = /^\s*([A-Za-z]+)\.?[\s-]+(\d{2}|\d{4})\s*$/.exec(label);
  if (!match) return null;
  const month = monthNumberOf(match[1]!);
  if (month === null) return null;
  return `${fullYear(match[2]!)}-${String(month).padStart(2, "0")}`;
}
