const DAY_MS = 86_400_000;

/**
 * Whole calendar days from a to b (b − a), both "YYYY-MM-DD": positive when b is later. Both days
 * are read as UTC midnights, so summer time never adds or loses an hour.
 * @example daysBetween("2023-03-01", "2023-12-31") // 305
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}
