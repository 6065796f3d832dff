import type { MonthKey } from "../periods/MonthKey.ts";

/** One observation of a metric: a month and its value. */
export interface SpcInputPoint {
  period: MonthKey;
  value: number;
}
