import { meanMovingRange } from "./meanMovingRange.ts";
import type { SegmentLimits } from "./SegmentLimits.ts";
import { XMR_CONSTANTS } from "./XMR_CONSTANTS.ts";
import type { XmrKernelSettings } from "./XmrKernelSettings.ts";

/**
 * Limits for the segment of points [from, to): centre = mean of the baseline points (the first
 * fixAfterPoints, or all); limits = centre ± 2.66 × mean moving range; 2-sigma lines at ⅔ of that.
 * Returns NaN limits when the segment has fewer than minimumPoints points or no moving range.
 */
export function computeSegmentLimits(
  values: Float64Array,
  months: Int32Array,
  from: number,
  to: number,
  settings: XmrKernelSettings,
): SegmentLimits {
  const size = to - from;
  const baselineCount = settings.fixAfterPoints > 0 ? Math.min(settings.fixAfterPoints, size) : size;
  let sum = 0;
  for (let i = from; i < from + baselineCount; i++) sum += values[i]!;
  const enough = size >= settings.minimumPoints;
  const centre = enough ? sum / baselineCount : Number.NaN;
  const mr = enough
    ? meanMovingRange(values, months, from, from + baselineCount, settings.screenMovingRanges)
    : Number.NaN;
  const width = XMR_CONSTANTS.LIMIT_FACTOR * mr;
  const twoSigma = XMR_CONSTANTS.TWO_SIGMA_FACTOR * mr;
  return {
    centre: Number.isNaN(mr) ? Number.NaN : centre,
    meanMovingRange: mr,
    lower: centre - width,
    upper: centre + width,
    lowerTwoSigma: centre - twoSigma,
    upperTwoSigma: centre + twoSigma,
    baselineCount,
  };
}
