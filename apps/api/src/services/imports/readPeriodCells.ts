import { parseMonth } from "./parseMonth.ts";

export interface PeriodCells {
  periodStart: string | null;
  periodEnd: string | null;
  reasons: string[];
}

/**
 * Reads period_start and period_end (YYYY-MM, or the report's "Apr-23"). period_start may be left blank for a
 * one-month period: it then equals period_end. A period cannot end before it starts.
 */
export function readPeriodCells(cells: Record<string, string>, asOf: Date): PeriodCells {
  const endText = (cells.period_end ?? "").trim();
  const startText = (cells.period_start ?? "").trim();
  if (endText === "") return { periodStart: null, periodEnd: null, reasons: ["period_end is blank"] };
  const end = parseMonth(endText, "period_end", asOf);
  const start = startText === "" ? end : parseMonth(startText, "period_start", asOf);
  const reasons: string[] = [];
  if (!end.ok) reasons.push(end.reason);
  if (!start.ok && start !== end) reasons.push(start.reason);
  if (start.ok && end.ok && start.month > end.month) {
    reasons.push(`period_start ${start.month} is after period_end ${end.month}`);
  }
  return {
    periodStart: start.ok ? start.month : null,
    periodEnd: end.ok ? end.month : null,
    reasons,
  };
}
