import { RULE_BITS } from "./RULE_BITS.ts";

/**
 * Rule 3: two (or three) of three consecutive points beyond the same 2-sigma line. Only the points
 * beyond the line are flagged, not the third point of the window. Under the November 2023 Making
 * Data Count definition (`countOutside`), points beyond the process limits count too; under the
 * 2019 one, only points between the 2-sigma line and the limit do.
 * One pass: each point's side code is compared with its two predecessors (windows ending at it).
 */
export function markTwoOfThree(
  values: Float64Array,
  flags: Uint8Array,
  from: number,
  to: number,
  limits: { lower: number; upper: number; lowerTwoSigma: number; upperTwoSigma: number },
  countOutside: boolean,
): void {
  const { lower, upper, lowerTwoSigma, upperTwoSigma } = limits;
  let before2 = 0; // side code of point i−2: 1 high, −1 low, 0 neither
  let before1 = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    let side = 0;
    if (v > upperTwoSigma && (countOutside || v <= upper)) side = 1;
    else if (v < lowerTwoSigma && (countOutside || v >= lower)) side = -1;
    if (side !== 0) {
      const bit = side > 0 ? RULE_BITS.TWO_OF_THREE_HIGH : RULE_BITS.TWO_OF_THREE_LOW;
      // A window of three ending here holds two beyond the same line: flag those two (or three).
      if (before1 === side) {
        flags[i]! |= bit;
        flags[i - 1]! |= bit;
      }
      if (before2 === side) {
        flags[i]! |= bit;
        flags[i - 2]! |= bit;
      }
    }
    before2 = before1;
    before1 = side;
  }
}
