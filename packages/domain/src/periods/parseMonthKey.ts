import type { MonthKey } from "./MonthKey.ts";

/**
 * Splits a month key into year and month (1–12); throws on anything that is not "YYYY-MM",
 * because a malformed key is a programming error, not user input.
 * @example parseMonthKey("2023-03") // { year: 2023, month: 3 }
 */
export function parseMonthKey(key: MonthKey): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError(`Not a month key (YYYY-MM): ${key}`);
  return { year: Number(match[1]), month };
}
