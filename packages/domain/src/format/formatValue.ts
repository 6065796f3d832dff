import { DEFAULT_DECIMALS } from "./DEFAULT_DECIMALS.ts";
import { formatClock } from "./formatClock.ts";
import { formatNumber } from "./formatNumber.ts";
import type { MetricUnit } from "./MetricUnit.ts";

/**
 * A metric value as the report prints it.
 * PERCENT 7.5 → "7.5%"; SECONDS 746 → "12:26", 6893 → "1:54:53"; COUNT 1435 → "1,435";
 * DAYS 63 → "63 days" (1 → "1 day"); RATE_PER_1000 58.61 → "58.61".
 * @param opts.decimals overrides the unit's usual decimals (ignored for SECONDS)
 */
export function formatValue(value: number, unit: MetricUnit, opts?: { decimals?: number }): string {
  const decimals = opts?.decimals ?? DEFAULT_DECIMALS[unit];
  switch (unit) {
    case "PERCENT":
      return `${formatNumber(value, decimals)}%`;
    case "SECONDS":
      return formatClock(value);
    case "DAYS": {
      const text = formatNumber(value, decimals);
      return `${text} ${text === "1" ? "day" : "days"}`;
    }
    default:
      return formatNumber(value, decimals);
  }
}
