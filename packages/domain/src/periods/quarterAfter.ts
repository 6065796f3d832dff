import { addMonths } from "./addMonths.ts";
import { MONTH_ABBREVIATIONS } from "./MONTH_ABBREVIATIONS.ts";
import type { MonthKey } from "./MonthKey.ts";
import { parseMonthKey } from "./parseMonthKey.ts";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** A reporting quarter as the report names it and as the API stores it. */
export interface QuarterSpan {
  /** "2023-Q-MAR-MAY": the first month's year, then the first and last months. */
  code: string;
  /** "March – May 23": the first month in full, the last abbreviated, the last month's year. */
  label: string;
  start: MonthKey;
  end: MonthKey;
  /** The month whose data the quarter's report is written about. */
  dataMonth: MonthKey;
}

/**
 * The reporting quarter after the given one: every month moved on three, named in the pattern of the
 * report's own quarter ("March – May 23", code 2023-Q-MAR-MAY).
 * @example quarterAfter({ start: "2023-03", end: "2023-05", dataMonth: "2023-03" }).label // "June – Aug 23"
 */
export function quarterAfter(quarter: { start: MonthKey; end: MonthKey; dataMonth: MonthKey }): QuarterSpan {
  const start = addMonths(quarter.start, 3);
  const end = addMonths(quarter.end, 3);
  const from = parseMonthKey(start);
  const to = parseMonthKey(end);
  const first = MONTH_ABBREVIATIONS[from.month - 1]!;
  const last = MONTH_ABBREVIATIONS[to.month - 1]!;
  return {
    code: `${from.year}-Q-${first.toUpperCase()}-${last.toUpperCase()}`,
    label: `${MONTH_NAMES[from.month - 1]} – ${last} ${String(to.year % 100).padStart(2, "0")}`,
    start,
    end,
    dataMonth: addMonths(quarter.dataMonth, 3),
  };
}
