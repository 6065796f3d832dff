import type { XmrResult } from "./XmrResult.ts";

/**
 * How many of the latest points in a row lie beyond one process limit of their segment — the
 * report's "4 months under the LCL". 0 when the latest point is inside, or has no limits.
 * @example 4 latest points below their lower limit → lastRunBeyondLimit(result, "LOWER") === 4
 */
export function lastRunBeyondLimit(result: XmrResult, side: "LOWER" | "UPPER"): number {
  let count = 0;
  for (let i = result.points.length - 1; i >= 0; i--) {
    const point = result.points[i]!;
    const segment = result.segments[point.segmentIndex];
    if (!segment) break;
    const beyond = side === "LOWER" ? point.value < segment.lower : point.value > segment.upper;
    if (!beyond) break;
    count++;
  }
  return count;
}
