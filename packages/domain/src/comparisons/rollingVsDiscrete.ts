import { formatValue } from "../format/formatValue.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";

/**
 * A rolling 12-month rate against the latest discrete month, as the report pairs them ("R12 month
 * rate to Mar-23 at 13.0% … Discrete rate for February is 15.3%"). The rolling figure moves slowly;
 * a discrete month above or below it hints where the rolling figure is heading.
 * @example rollingVsDiscrete(13.0, 15.3, "PERCENT").note
 *   // "The discrete monthly rate of 15.3% is above the rolling 12-month rate of 13.0%, so the rolling rate is likely to rise."
 */
export function rollingVsDiscrete(rolling: number, discrete: number, unit: MetricUnit): { note: string } {
  const r = formatValue(rolling, unit);
  const d = formatValue(discrete, unit);
  if (d === r) return { note: `The discrete monthly rate of ${d} matches the rolling 12-month rate.` };
  const above = discrete > rolling;
  return {
    note: `The discrete monthly rate of ${d} is ${above ? "above" : "below"} the rolling 12-month rate of ${r}, so the rolling rate is likely to ${above ? "rise" : "fall"}.`,
  };
}
