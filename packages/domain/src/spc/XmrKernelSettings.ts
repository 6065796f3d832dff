/** Resolved settings for the typed-array kernel (all defaults applied). */
export interface XmrKernelSettings {
  /** 0 = baseline is the whole segment. */
  fixAfterPoints: number;
  screenMovingRanges: boolean;
  runLength: number;
  trendLength: number;
  /** true for the November 2023 two-of-three rule (points beyond the limits count too). */
  twoOfThreeCountsOutside: boolean;
  minimumPoints: number;
}
