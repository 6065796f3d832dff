import { parseMonthLabel } from "@pcc/domain";

/** The oldest month a file may hold: no series on the scorecard starts before it. */
export const EARLIEST_MONTH = "2000-01";

export type ParsedMonth = { ok: true; month: string } | { ok: false; reason: string };

const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/**
 * Reads a period cell written as YYYY-MM (the template's format) or as the report writes months
 * ("Apr-23", "Apr 23", "April 2023"), and checks it lies between EARLIEST_MONTH and the month of
 * `asOf`: data cannot describe a month that has not begun.
 * Example: parseMonth("Mar-23", "period_end", asOf) → { ok: true, month: "2023-03" }.
 */
export function parseMonth(text: string, column: string, asOf: Date): ParsedMonth {
  const trimmed = text.trim();
  const month = MONTH_KEY.test(trimmed) ? validKey(trimmed) : parseMonthLabel(trimmed);
  if (month === null) {
    return {
      ok: false,
      reason: `${column} "${text}" is not a month written YYYY-MM or Mon-YY (e.g. 2023-04 or Apr-23)`,
    };
  }
  const latest = monthOf(asOf);
  if (month < EARLIEST_MONTH || month > latest) {
    return { ok: false, reason: `${column} "${month}" is out of range (${EARLIEST_MONTH} to ${latest})` };
  }
  return { ok: true, month };
}

function validKey(key: string): string | null {
  const monthNumber = Number(key.slice(5));
  return monthNumber >= 1 && monthNumber <= 12 ? key : null;
}

// Every row of a file shares one asOf: remember its month rather than format it 100,000 times.
let cachedDate: Date | null = null;
let cachedMonth = "";
function monthOf(asOf: Date): string {
  if (asOf !== cachedDate) {
    cachedDate = asOf;
    cachedMonth = `${asOf.getUTCFullYear()}-${String(asOf.getUTCMonth() + 1).padStart(2, "0")}`;
  }
  return cachedMonth;
}
