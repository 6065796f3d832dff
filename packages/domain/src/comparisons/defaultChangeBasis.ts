import type { MetricUnit } from "../format/MetricUnit.ts";
import type { ChangeBasis } from "./ChangeBasis.ts";
import type { MetricBasis } from "./MetricBasis.ts";

/**
 * The change a metric is judged on when its definition names none: quarterly figures against the
 * previous quarter; monthly counts and rolling or "12 months to" values year on year over 12 months
 * (the report's "to Mar-23" comparisons); other monthly figures against the same month a year earlier.
 * @example defaultChangeBasis("DISCRETE_MONTH", "COUNT") // "YEAR_ON_YEAR"
 */
export function defaultChangeBasis(basis: MetricBasis, unit: MetricUnit): ChangeBasis {
  if (basis === "QUARTER") return "PREVIOUS_QUARTER";
  if (basis !== "DISCRETE_MONTH" || unit === "COUNT") return "YEAR_ON_YEAR";
  return "SAME_MONTH_LAST_YEAR";
}
