import { addMonths } from "./addMonths.ts";
import type { MonthKey } from "./MonthKey.ts";
import { type ReportingQuarter, reportingQuarter } from "./reportingQuarter.ts";

/** A reporting quarter as the report names it and as the API stores it, with its data month. */
export interface QuarterSpan extends ReportingQuarter {
  /** The month whose data the quarter's report is written about. */
  dataMonth: MonthKey;
}

/**
 * The reporting quarter after the given one: every month moved on three, named as reportingQuarter
 * names every quarter ("March – May 23" is followed by "June – Aug 23", code 2023-Q-JUN-AUG).
 * @example quarterAfter({ start: "2023-03", dataMonth: "2023-03" }).label // "June – Aug 23"
 */
export function quarterAfter(quarter: { start: MonthKey; dataMonth: MonthKey }): QuarterSpan {
  return { ...reportingQuarter(addMonths(quarter.start, 3)), dataMonth: addMonths(quarter.dataMonth, 3) };
}
