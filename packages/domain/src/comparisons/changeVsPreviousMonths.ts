import type { MetricUnit } from "../format/MetricUnit.ts";
import { addMonths } from "../periods/addMonths.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import type { SpcInputPoint } from "../spc/SpcInputPoint.ts";
import type { Change } from "./Change.ts";
import { changeFrom } from "./changeFrom.ts";
import { valueAt } from "./valueAt.ts";

/**
 * The month against the mean of the `months` months before it — the report's "a reduction of -10.9
 * percentage point compared to the previous 3 months. This is greater than the +/-5% margin of error".
 * Every one of the previous months must be present, so the base is never a mean of fewer months
 * than the sentence claims. significant = |difference| > marginOfError (null without a margin).
 * @returns null when the month or any previous month is missing
 */
export function changeVsPreviousMonths(
  series: SpcInputPoint[],
  period: MonthKey,
  months: number,
  unit: MetricUnit,
  marginOfError?: number | null,
): Change | null {
  const value = valueAt(series, period);
  if (value === null || months < 1) return null;
  let sum = 0;
  for (let k = 1; k <= months; k++) {
    const previous = valueAt(series, addMonths(period, -k));
    if (previous === null) return null;
    sum += previous;
  }
  return changeFrom(value, sum / months, unit, marginOfError);
}
