import { round } from "./round.ts";
import { sumOver } from "./sumOver.ts";
import { yearOnYear } from "./yearOnYear.ts";

/**
 * Rescales the counts at `adjust` (indices in the previous 12 months) so the year-on-year change to the
 * last point rounds to `targetPct` at one decimal place, as the report prints it. Small counts cannot
 * always hit a 0.1-point window by moving the previous year alone, so `currentIndex` (an unpinned month of
 * the current year) may move by a few units too. Mutates and returns `values`.
 */
export function fitYearOnYear(
  values: number[],
  targetPct: number,
  adjust: number[],
  currentIndex: number,
): number[] {
  const last = values.length - 1;
  const hits = () => round(yearOnYear(values, last), 1) === targetPct;
  const current = sumOver(values, last - 11, last);
  const previous = sumOver(values, last - 23, last - 12);
  const adjustSum = adjust.reduce((s, i) => s + values[i]!, 0);
  const factor = (current / (1 + targetPct / 100) - (previous - adjustSum)) / adjustSum;
  for (const i of adjust) values[i] = Math.round(values[i]! * factor);
  const first = adjust[0]!;
  for (const dc of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
    const baseCurrent = values[currentIndex]!;
    values[currentIndex] = baseCurrent + dc;
    const baseFirst = values[first]!;
    for (let dp = -8; dp <= 8; dp++) {
      values[first] = baseFirst + dp;
      if (hits()) return values;
    }
    values[first] = baseFirst;
    values[currentIndex] = baseCurrent;
  }
  throw new Error(`fitYearOnYear: cannot reach ${targetPct}%`);
}
