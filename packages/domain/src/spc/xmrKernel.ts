import { computeSegmentLimits } from "./computeSegmentLimits.ts";
import { markOutsideLimits } from "./markOutsideLimits.ts";
import { markShifts } from "./markShifts.ts";
import { markTrends } from "./markTrends.ts";
import { markTwoOfThree } from "./markTwoOfThree.ts";
import type { SegmentLimits } from "./SegmentLimits.ts";
import type { XmrKernelSettings } from "./XmrKernelSettings.ts";

/**
 * The typed-array fast path of the XmR chart: limits per segment and a rule byte per point
 * (RULE_BITS), with no per-point allocation, so a national dataset (43 forces × 300 metrics ×
 * 120 months) runs in milliseconds. computeXmr wraps it in readable objects.
 *
 * @param values observations in month order; @param months their monthIndex (gaps allowed)
 * @param segmentStarts index of each segment's first point, ascending, starting with 0
 * @param count how many points of the arrays to use (buffers may be reused and longer)
 * @param flags output: one byte per point, cleared here
 * @returns the limits of each segment, in order
 */
export function xmrKernel(
  values: Float64Array,
  months: Int32Array,
  segmentStarts: ArrayLike<number>,
  count: number,
  settings: XmrKernelSettings,
  flags: Uint8Array,
): SegmentLimits[] {
  flags.fill(0, 0, count);
  const segments: SegmentLimits[] = [];
  for (let s = 0; s < segmentStarts.length; s++) {
    const from = segmentStarts[s]!;
    const to = s + 1 < segmentStarts.length ? segmentStarts[s + 1]! : count;
    const limits = computeSegmentLimits(values, months, from, to, settings);
    segments.push(limits);
    if (Number.isNaN(limits.centre)) continue;
    markOutsideLimits(values, flags, from, to, limits.lower, limits.upper);
    markTrends(values, flags, from, to, settings.trendLength);
    markTwoOfThree(values, flags, from, to, limits, settings.twoOfThreeCountsOutside);
    markShifts(values, flags, from, to, limits.centre, settings.runLength);
  }
  return segments;
}
