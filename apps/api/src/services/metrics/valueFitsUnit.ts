import type { MetricRecord } from "../../data/records.ts";

/**
 * Why a value cannot be a measurement in this unit, or null when it can: percentages 0–100,
 * counts whole and non-negative, durations (seconds, days) and rates non-negative.
 */
export function valueFitsUnit(unit: MetricRecord["unit"], value: number): string | null {
  if (!Number.isFinite(value)) return "must be a number";
  if (unit === "PERCENT") return value >= 0 && value <= 100 ? null : "must be a percentage from 0 to 100";
  if (unit === "COUNT")
    return Number.isInteger(value) && value >= 0 ? null : "must be a whole number of 0 or more";
  if (unit === "SECONDS") return value >= 0 ? null : "must be a duration of 0 seconds or more";
  return value >= 0 ? null : "must be 0 or more";
}
