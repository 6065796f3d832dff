import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Change } from "./Change.ts";

/**
 * How the report expresses a change in a unit: rates in percentage points ("-9.9%pts YoY"), days as
 * a difference in days ("UP 15 days from previous quarter"), everything else in percent ("+6.1%").
 */
export function changeExpressionFor(unit: MetricUnit): Change["expressedAs"] {
  if (unit === "PERCENT") return "POINTS";
  if (unit === "DAYS") return "UNITS";
  return "PERCENT";
}
