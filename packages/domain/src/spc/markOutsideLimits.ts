import { RULE_BITS } from "./RULE_BITS.ts";

/**
 * Rule 1 (Making Data Count): a point strictly above the upper or below the lower process limit.
 * A point exactly on a limit is not outside it (NHSRplotthedots compares strictly).
 */
export function markOutsideLimits(
  values: Float64Array,
  flags: Uint8Array,
  from: number,
  to: number,
  lower: number,
  upper: number,
): void {
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (v > upper) flags[i]! |= RULE_BITS.OUTSIDE_HIGH;
    else if (v < lower) flags[i]! |= RULE_BITS.OUTSIDE_LOW;
  }
}
