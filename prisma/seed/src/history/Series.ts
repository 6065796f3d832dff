import type { Month } from "../types.ts";

/** A monthly series: values[i] belongs to months[i]. */
export interface Series {
  months: Month[];
  values: number[];
}
