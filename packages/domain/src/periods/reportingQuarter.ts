import { addMonths } from "./addMonths.ts";
import { MONTH_ABBREVIATIONS } from "./MONTH_ABBREVIATIONS.ts";
import type { MonthKey } from "./MonthKey.ts";
import { parseMonthKey } from "./parseMonthKey.ts";

// Names of five letters or fewer are written out, longer ones shortened, as the report's quarter
// titles do ("March – May 23", "June – Aug 23").
const QUARTER_MONTH_NAMES = [
  "Jan",
  "Feb",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** A reporting quarter's stored identity: three months from `start`. */
export interface ReportingQuarter {
  /** "2023-Q-MAR-MAY": the start year, then the first and last months. */
  code: string;
  /** "March – May 23": the first and last months and the year the quarter ends in. */
  label: string;
  start: MonthKey;
  end: MonthKey;
}

/**
 * The reporting quarter of three months that starts in `start`, coded and titled as the highlight
 * report's quarters are.
 * @example reportingQuarter("2023-03") // { code: "2023-Q-MAR-MAY", label: "March – May 23", start: "2023-03", end: "2023-05" }
 * @example reportingQuarter("2023-12") // { code: "2023-Q-DEC-FEB", label: "Dec – Feb 24", … }
 */
export function reportingQuarter(start: MonthKey): ReportingQuarter {
  const end = addMonths(start, 2);
  const from = parseMonthKey(start);
  const to = parseMonthKey(end);
  const upper = (month: number) => MONTH_ABBREVIATIONS[month - 1]!.toUpperCase();
  const year = String(to.year % 100).padStart(2, "0");
  return {
    code: `${from.year}-Q-${upper(from.month)}-${upper(to.month)}`,
    label: `${QUARTER_MONTH_NAMES[from.month - 1]} – ${QUARTER_MONTH_NAMES[to.month - 1]} ${year}`,
    start,
    end,
  };
}
