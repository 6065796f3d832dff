/** The oldest month a file may hold: no series on the scorecard starts before it. */
export const EARLIEST_MONTH = "2000-01";

export type ParsedMonth = { ok: true; month: string } | { ok: false; reason: string };

/**
 * Reads a period cell written as YYYY-MM (the template's format) and checks it lies between
 * EARLIEST_MONTH and the month of `asOf`: data cannot describe a month that has not begun.
 * Example: parseMonth("2023-03", "period_end", asOf) → { ok: true, month: "2023-03" }.
 */
export function parseMonth(text: string, column: string, asOf: Date): ParsedMonth {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const monthNumber = match ? Number(match[2]) : 0;
  if (!match || monthNumber < 1 || monthNumber > 12) {
    return { ok: false, reason: `${column} "${text}" is not a month written YYYY-MM` };
  }
  const month = `${match[1]}-${match[2]}`;
  const latest = monthOf(asOf);
  if (month < EARLIEST_MONTH || month > latest) {
    return { ok: false, reason: `${column} "${month}" is out of range (${EARLIEST_MONTH} to ${latest})` };
  }
  return { ok: true, month };
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
