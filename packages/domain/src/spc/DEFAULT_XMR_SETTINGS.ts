/**
 * Defaults for XmrOptions.
 * - runLength, trendLength 7: NHSRplotthedots and the Making Data Count guidance.
 * - twoOfThreeRule "2023-11": Making Data Count's current definition.
 * - trialBelow 12: NHSRplotthedots warns below 12 points; Making Data Count calls such limits trial limits.
 * - minimumPoints 6: below this a segment has at most four moving ranges, too few for their mean to
 *   say anything, so no limits are drawn at all. Six still lets a young series (the report's
 *   outstanding-suspects counts, captured since Jun-22) show trial limits and exceptional points.
 */
export const DEFAULT_XMR_SETTINGS = {
  runLength: 7,
  trendLength: 7,
  twoOfThreeRule: "2023-11" as "2019" | "2023-11",
  screenMovingRanges: false,
  minimumPoints: 6,
  trialBelow: 12,
};
