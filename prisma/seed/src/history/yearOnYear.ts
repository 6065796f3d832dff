import { sumOver } from "./sumOver.ts";

/**
 * Year-on-year change in %, as the report's volume bullets use it: the 12 months to `last` against the
 * 12 months before them. yearOnYear(values, i) = (Σ values[i-11..i] / Σ values[i-23..i-12] − 1) × 100.
 */
export function yearOnYear(values: number[], last: number): number {
  const current = sumOver(values, last - 11, last);
  const previous = sumOver(values, last - 23, last - 12);
  return (current / previous - 1) * 100;
}
