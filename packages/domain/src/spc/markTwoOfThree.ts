import { RULE_BITS } from "./RULE_BITS.ts";

/**
 * Rule 3: two (or three) of three consecutive points beyond the same 2-sigma line. Only the points
 * beyond the line are flagged, not the third point of the window. Under the November 2023 Making
 * Data Count definition (`countOutside`), points beyond the process limits count too; under the
 * 2019 one, only points between the 2-sigma line and the limit do.
 */
export function markTwoOfThree(
  values: Float64Array,
  flags: Uint8Array,
  from: number,
  to: number,
  limits: { lower: number; upper: number; lowerTwoSigma: number; upperTwoSigma: number },
  countOutside: boolean,
): void {
  const isHigh = (v: number) => v > limits.upperTwoSigma && (countOutside || v <= limits.upper);
  const isLow = (v: number) => v < limits.lowerTwoSigma && (countOutside || v >= limits.lower);
  markSide(values, flags, from, to, isHigh, RULE_BITS.TWO_OF_THREE_HIGH);
  markSide(values, flags, from, to, isLow, RULE_BITS.TWO_OF_THREE_LOW);
}

function markSide(
  values: Float64Array,
  flags: Uint8Array,
  from: number,
  to: number,
  beyond: (v: number) => boolean,
  bit: number,
): void {
  // Windows of three that run past the segment's end still count their points (a short window of two).
  for (let start = from; start < to - 1; start++) {
    const end = Math.min(start + 3, to);
    let count = 0;
    for (let j = start; j < end; j++) if (beyond(values[j]!)) count++;
    if (count < 2) continue;
    for (let j = start; j < end; j++) if (beyond(values[j]!)) flags[j]! |= bit;
  }
}
