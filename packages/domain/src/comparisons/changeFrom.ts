import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Change } from "./Change.ts";
import { changeExpressionFor } from "./changeExpressionFor.ts";

/**
 * A Change of `value` against `base`, expressed as the report expresses changes in the unit
 * (changeExpressionFor).
 * significant = |difference| > marginOfError when a margin is given, else null.
 * @example changeFrom(41, 51.9, "PERCENT", 5) // difference −10.9 (points), significant true
 */
export function changeFrom(
  value: number,
  base: number,
  unit: MetricUnit,
  marginOfError?: number | null,
): Change {
  const difference = value - base;
  const percent = base === 0 ? null : (difference / Math.abs(base)) * 100;
  const margin = marginOfError ?? null;
  return {
    base,
    difference,
    percent,
    expressedAs: changeExpressionFor(unit),
    significant: margin === null ? null : Math.abs(difference) > margin,
  };
}
