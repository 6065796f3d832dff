import type { Change } from "../comparisons/Change.ts";
import { DEFAULT_DECIMALS } from "./DEFAULT_DECIMALS.ts";
import { formatNumber } from "./formatNumber.ts";
import { formatValue } from "./formatValue.ts";
import type { MetricUnit } from "./MetricUnit.ts";

/**
 * A change with its sign, in the report's shorthand: percentage points for rates ("+1.2pp",
 * "-10.9pp"), days as days ("+15 days", as in "UP 15 days from previous quarter"), percent for
 * everything else ("+6.1%"). "no change" when it rounds to zero; "n/a" when there was nothing to
 * compare with.
 * @example formatChange({ ...c, expressedAs: "POINTS", difference: -10.9 }, "PERCENT") // "-10.9pp"
 */
export function formatChange(change: Change, unit: MetricUnit): string {
  const amount = change.expressedAs === "PERCENT" ? change.percent : change.difference;
  if (amount === null) return "n/a";
  const decimals =
    change.expressedAs === "POINTS"
      ? Math.max(1, DEFAULT_DECIMALS[unit])
      : change.expressedAs === "UNITS"
        ? DEFAULT_DECIMALS[unit]
        : 1;
  const text = formatNumber(amount, decimals);
  const magnitude = Number(text.replace(/[,-]/g, ""));
  if (magnitude === 0) return "no change";
  const sign = amount > 0 ? "+" : "";
  if (change.expressedAs === "UNITS") return `${sign}${formatValue(amount, unit, { decimals })}`;
  return `${sign}${text}${change.expressedAs === "POINTS" ? "pp" : "%"}`;
}
