import type { MetricUnitName } from "../../data/imports/referenceTypes.ts";

/**
 * The range a metric's unit allows, as a reason to reject or null when the value fits:
 * percentages lie in 0–100, counts are whole numbers of at least 0, and durations,
 * day counts and rates per 1,000 population cannot be negative.
 */
export function checkValueForUnit(value: number, unit: MetricUnitName): string | null {
  switch (unit) {
    case "PERCENT":
      return value < 0 || value > 100 ? `value ${value} is outside the unit's range (percent 0–100)` : null;
    case "COUNT":
      return value < 0 || !Number.isInteger(value)
        ? `value ${value} is outside the unit's range (counts are whole numbers of 0 or more)`
        : null;
    default:
      return value < 0
        ? `value ${value} is outside the unit's range (${unit.toLowerCase()} cannot be negative)`
        : null;
  }
}
