import type { Change } from "../comparisons/Change.ts";
import { DEFAULT_DECIMALS } from "./DEFAULT_DECIMALS.ts";
import { formatNumber } from "./formatNumber.ts";
import type { MetricUnit } from "./MetricUnit.ts";

/**
 * A change with its sign, in the report's shorthand: percentage points for rates ("+1.2pp",
 * "-10.9pp"), percent for volumes ("+6.1%"). "n/a" when there was nothing to compare with.
 * @example formatChange({ ...c, expressedAs: "POINTS", difference: -10.9 }, "PERCENT") // "-10.9pp"
 */
export function formatChange(change: Change, unit: MetricUnit): string {
  const points = change.expressedAs === "POINTS";
  const amount = points ? change.difference : change.percent;
  if (amount === null) return "n/a";
  const decimals = points ? Math.max(1, DEFAULT_DECIMALS[unit]) : 1;
  const text = formatNumber(amount, decimals);
  const sign = Number(text.replace(/,/g, "")) > 0 ? "+" : "";
  return `${sign}${text}${points ? "pp" : "%"}`;
}
