import type { Month } from "../types.ts";
import { addMonths } from "./addMonths.ts";

/** Every month from `from` to `to` inclusive, in order; empty when `to` is before `from`. */
export function monthRange(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}
