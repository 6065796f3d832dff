/**
 * Splits the API's "against" words into the comparison and its months, so a tile can set the months
 * in lighter type without dropping them.
 * @example splitAgainst("year on year (12 months to Mar-23 against the 12 months to Mar-22)")
 * // { comparison: "year on year", months: "12 months to Mar-23 against the 12 months to Mar-22" }
 * @example splitAgainst("on Mar-22") // { comparison: "on Mar-22", months: null }
 */
export function splitAgainst(against: string): { comparison: string; months: string | null } {
  const match = /^(.*?)\s*\((.+)\)$/.exec(against.trim());
  if (!match?.[1] || !match[2]) return { comparison: against.trim(), months: null };
  return { comparison: match[1], months: match[2] };
}
