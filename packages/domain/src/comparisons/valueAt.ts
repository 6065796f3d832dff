import type { MonthKey } from "../periods/MonthKey.ts";
import type { SpcInputPoint } from "../spc/SpcInputPoint.ts";

/** The value recorded for a month (the last entry wins if a month repeats); null when there is none. */
export function valueAt(series: SpcInputPoint[], period: MonthKey): number | null {
  for (let i = series.length - 1; i >= 0; i--) {
    const point = series[i]!;
    if (point.period === period && Number.isFinite(point.value)) return point.value;
  }
  return null;
}
