import type { MetricUnit } from "../format/MetricUnit.ts";
import { addMonths } from "../periods/addMonths.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import type { SpcInputPoint } from "../spc/SpcInputPoint.ts";
import type { Change } from "./Change.ts";
import { changeFrom } from "./changeFrom.ts";
import { valueAt } from "./valueAt.ts";

/**
 * Year-on-year change: the month against the same month a year before. Percent for volumes
 * ("a 17.0% increase in recorded volumes"), percentage points for rates ("-9.9%pts YoY").
 * For a rolling-12-month series this is the report's "12 months to Mar-23" comparison.
 * @returns null when either month is missing
 */
export function yearOnYear(series: SpcInputPoint[], period: MonthKey, unit: MetricUnit): Change | null {
  const value = valueAt(series, period);
  const base = valueAt(series, addMonths(period, -12));
  if (value === null || base === null) return null;
  return changeFrom(value, base, unit);
}
