import type { Month } from "../types.ts";
import type { Series } from "./Series.ts";

/** Index of `month` in the series; throws when absent so a mistyped month fails loudly. */
export function monthIndex(series: Series, month: Month): number {
  const i = series.months.indexOf(month);
  if (i < 0) throw new Error(`month ${month} not in series ${series.months[0]}..${series.months.at(-1)}`);
  return i;
}
