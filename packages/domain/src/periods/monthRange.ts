import { addMonths } from "./addMonths.ts";
import type { MonthKey } from "./MonthKey.ts";

/**
 * Every month from `from` to `to` inclusive, in order; empty when `to` is before `from`.
 * @example monthRange("2022-11", "2023-02") // ["2022-11", "2022-12", "2023-01", "2023-02"]
 */
export function monthRange(from: MonthKey, to: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  // Month keys compare as text ("2022-12" < "2023-01").
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}
