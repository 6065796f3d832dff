/** Limits of one segment as the kernel computes them (all NaN when the segment is too short). */
export interface SegmentLimits {
  centre: number;
  meanMovingRange: number;
  lower: number;
  upper: number;
  lowerTwoSigma: number;
  upperTwoSigma: number;
  /** Points the limits were computed from. */
  baselineCount: number;
}
