import { addMonths } from "../src/periods/addMonths.ts";
import type { SpcInputPoint } from "../src/spc/SpcInputPoint.ts";

/** Consecutive months from `start`, one value each; null leaves the month out (a missing month). */
export function series(start: string, values: (number | null)[]): SpcInputPoint[] {
  return values.flatMap((value, i) => (value === null ? [] : [{ period: addMonths(start, i), value }]));
}
