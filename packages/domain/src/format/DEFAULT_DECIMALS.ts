import type { MetricUnit } from "./MetricUnit.ts";

/** Decimals the report prints for each unit: "7.5%", "1,435", "63 days", "58.61" per 1000. */
export const DEFAULT_DECIMALS: Record<MetricUnit, number> = {
  PERCENT: 1,
  SECONDS: 0,
  COUNT: 0,
  DAYS: 0,
  RATE_PER_1000: 2,
};
