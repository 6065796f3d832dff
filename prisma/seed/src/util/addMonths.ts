import type { Month } from "../types.ts";

/** Shifts a "YYYY-MM" month by n months (n may be negative). addMonths("2023-03", -11) = "2022-04". */
export function addMonths(month: Month, n: number): Month {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${y}-${String(m).padStart(2, "0")}`;
}
