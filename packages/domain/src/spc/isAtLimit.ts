import type { MonthKey } from "../periods/MonthKey.ts";
import type { XmrResult } from "./XmrResult.ts";

/**
 * Whether a month's value sits on a process limit — the report's "is at the LCL": within
 * `tolerance` (in the metric's own units) of the limit, on either side of it.
 * false when the month is missing or has no limits.
 * @example lower limit 1,010, value 1,017, tolerance 10 → isAtLimit(r, "2023-03", "LOWER", 10) === true
 */
export function isAtLimit(
  result: XmrResult,
  period: MonthKey,
  side: "LOWER" | "UPPER",
  tolerance: number,
): boolean {
  const point = result.points.find((p) => p.period === period);
  const segment = point ? result.segments[point.segmentIndex] : undefined;
  if (!point || !segment) return false;
  const limit = side === "LOWER" ? segment.lower : segment.upper;
  return Math.abs(point.value - limit) <= tolerance;
}
