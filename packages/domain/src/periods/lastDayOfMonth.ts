/**
 * "YYYY-MM-DD" of the last day of a month (month 1–12).
 * @example lastDayOfMonth(2024, 2) // "2024-02-29"
 */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
