import type { Month } from "../types.ts";
import { monthIndex } from "./monthIndex.ts";
import type { Series } from "./Series.ts";

/** Indices of the months from..to inclusive, less any in `except`. */
export function indicesBetween(series: Series, from: Month, to: Month, except: Month[] = []): number[] {
  const indices: number[] = [];
  for (let i = monthIndex(series, from); i <= monthIndex(series, to); i++) {
    if (!except.includes(series.months[i]!)) indices.push(i);
  }
  return indices;
}
