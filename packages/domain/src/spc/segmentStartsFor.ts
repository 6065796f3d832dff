import type { MonthKey } from "../periods/MonthKey.ts";
import { monthIndex } from "../periods/monthIndex.ts";

/**
 * Index of the first point of each segment: 0, then the first point on or after each declared
 * process change (a change before the first point or after the last is ignored).
 * @example segmentStartsFor(Int32Array.of(m0, m1, m2), ["<month of m1>"]) // [0, 1]
 */
export function segmentStartsFor(months: Int32Array, recalculateAt: MonthKey[] = []): number[] {
  const starts = [0];
  const changes = recalculateAt.map(monthIndex).sort((a, b) => a - b);
  for (const change of changes) {
    const index = months.findIndex((m) => m >= change);
    if (index > 0 && index > starts[starts.length - 1]!) starts.push(index);
  }
  return starts;
}
