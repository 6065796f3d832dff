import type { DueDate } from "./DueDate.ts";
import { fullYear } from "./fullYear.ts";
import { lastDayOfMonth } from "./lastDayOfMonth.ts";
import { monthNumberOf } from "./monthNumberOf.ts";

/**
 * Reads a due date as the report writes it into the last day of the period it names.
 * Quarters are calendar quarters ("Q4 2023" ends 2023-12-31). Words before the date are
 * ignored ("Contract start April 2023"), so the latest month-and-year in the text wins.
 * @example parseDueText("June 23") // { date: "2023-06-30", precision: "month" }
 * @returns null when no month, quarter or year can be read
 */
export function parseDueText(text: string): DueDate | null {
  const quarter = /\bQ([1-4])\s*[-/]?\s*(\d{4}|\d{2})\b/i.exec(text);
  if (quarter) {
    return { date: lastDayOfMonth(fullYear(quarter[2]!), Number(quarter[1]) * 3), precision: "quarter" };
  }
  const monthYears = [...text.matchAll(/\b([A-Za-z]{3,9})\.?[\s-]+(\d{4}|\d{2})\b/g)];
  for (const match of monthYears.reverse()) {
    const month = monthNumberOf(match[1]!);
    if (month !== null) return { date: lastDayOfMonth(fullYear(match[2]!), month), precision: "month" };
  }
  const year = /^\s*(?:by\s+|end\s+of\s+)?(\d{4})\s*$/i.exec(text);
  if (year) return { date: `${year[1]}-12-31`, precision: "year" };
  return null;
}
