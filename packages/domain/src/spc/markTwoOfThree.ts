import { RULE_BITS } from "./RULE_BITS.ts";

/**
 * Rule 3, two of three: in a window of three consecutive points that all lie strictly on the same
 * side of the centre line, two or three are beyond the 2-sigma line on that side. Only the points
 * beyond the line are flagged, never the third point of the window. A window that straddles the
 * centre (one point on the other side, or on the line) does not count.
 *
 * Source: NHSRplotthedots (nhs-r-community/NHSRplotthedots), R/ptd_calculate_point_type.R at
 * f7891af4b8f71838f4c6fb17c8eec1a1c9bd6d7f: `ptd_two_in_three(v, rtm)` counts a window when
 * `sum(close_to_limits) >= 2 & abs(sum(relative_to_mean)) == 3`, and `ptd_part_of_two_in_three`
 * flags only the window's points that are close to the limits; the same-side condition is the
 * 0.2.2 fix for issue #143 ("points on opposite sides of the mean could incorrectly trigger 2-in-3").
 * relative_to_mean is sign(y − mean), so a point on the centre line (0) breaks every window it is in.
 *
 * Which points are "beyond the 2-sigma line" is our versioned setting:
 * - `countOutside` false ("2019", exactly NHSRplotthedots' `close_to_limits`, R/ptd_spc_standard.R):
 *   strictly beyond the 2-sigma line and not outside the limits (a point on the limit counts);
 * - `countOutside` true ("2023-11", the November 2023 Making Data Count definition, our default):
 *   points beyond the limits count too (they also carry the outside-limits flag).
 *
 * Units: values and limits in the metric's units. One pass over [from, to), no allocation: the run
 * of points on one side of the centre and a 3-bit mask of the window's points beyond the 2-sigma
 * line are held in locals; windows never reach outside [from, to) (a segment).
 * Example (centre 0, 2σ ±2, limits ±3): 2.5, 1, 2.5 flags the two 2.5s; 2.5, −1, 2.5 flags nothing.
 */
export function markTwoOfThree(
  values: Float64Array,
  flags: Uint8Array,
  from: number,
  to: number,
  limits: { centre: number; lower: number; upper: number; lowerTwoSigma: number; upperTwoSigma: number },
  countOutside: boolean,
): void {
  const { centre, lowerTwoSigma, upperTwoSigma } = limits;
  const upper = countOutside ? Number.POSITIVE_INFINITY : limits.upper;
  const lower = countOutside ? Number.NEGATIVE_INFINITY : limits.lower;
  let previousSide = 0;
  let run = 0; // consecutive points on the current point's side of the centre (0 on the line)
  let beyond = 0; // bits 2, 1, 0: points i−2, i−1, i beyond the 2-sigma line on their own side
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    let side = 0;
    let isBeyond = 0;
    if (v > centre) {
      side = 1;
      if (v > upperTwoSigma && v <= upper) isBeyond = 1;
    } else if (v < centre) {
      side = -1;
      if (v < lowerTwoSigma && v >= lower) isBeyond = 1;
    }
    run = side === 0 ? 0 : side === previousSide ? run + 1 : 1;
    previousSide = side;
    beyond = ((beyond << 1) | isBeyond) & 7;
    // The window (i−2, i−1, i) lies on one side, and two or more of its bits are set.
    if (run >= 3 && (beyond & (beyond - 1)) !== 0) {
      const bit = side > 0 ? RULE_BITS.TWO_OF_THREE_HIGH : RULE_BITS.TWO_OF_THREE_LOW;
      if (beyond & 4) flags[i - 2]! |= bit;
      if (beyond & 2) flags[i - 1]! |= bit;
      if (beyond & 1) flags[i]! |= bit;
    }
  }
}
