/**
 * The day a date falls on as "YYYY-MM-DD", read in UTC so the answer does not depend on the server's zone.
 * @example isoDateOf(new Date("2023-12-31T23:30:00Z")) // "2023-12-31"
 */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
