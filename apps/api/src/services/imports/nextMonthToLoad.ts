/**
 * The month a template row is dated: the month after the latest one loaded, but never later
 * than the month of `asOf` (a month not yet begun would be rejected). With nothing loaded yet
 * it is the month before `asOf`, the month a monthly load is usually about.
 * Example: nextMonthToLoad("2023-03", 2023-06-10) → "2023-04".
 */
export function nextMonthToLoad(latest: string | null, asOf: Date): string {
  const current = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  let index = current - 1;
  if (latest) {
    const [year, month] = latest.split("-").map(Number);
    index = Math.min(current, (year ?? 0) * 12 + (month ?? 1) - 1 + 1);
  }
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
