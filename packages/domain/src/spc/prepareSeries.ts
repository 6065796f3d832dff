import type { MonthKey } from "../periods/MonthKey.ts";
import { monthIndex } from "../periods/monthIndex.ts";
import type { SpcInputPoint } from "./SpcInputPoint.ts";

/**
 * Puts observations in month order for the kernel. Non-finite values are treated as missing months;
 * when a month appears twice the later entry in the input wins (a corrected observation).
 */
export function prepareSeries(points: SpcInputPoint[]): {
  periods: MonthKey[];
  values: Float64Array;
  months: Int32Array;
} {
  const byMonth = new Map<number, SpcInputPoint>();
  for (const point of points) {
    if (Number.isFinite(point.value)) byMonth.set(monthIndex(point.period), point);
  }
  const keys = [...byMonth.keys()].sort((a, b) => a - b);
  const values = new Float64Array(keys.length);
  const months = Int32Array.from(keys);
  const periods = keys.map((key, i) => {
    const point = byMonth.get(key)!;
    values[i] = point.value;
    return point.period;
  });
  return { periods, values, months };
}
