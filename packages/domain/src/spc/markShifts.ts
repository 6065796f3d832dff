import { RULE_BITS } from "./RULE_BITS.ts";

/**
 * Rule 4: a shift of `length` consecutive points on the same side of the centre line; every point
 * of the run is flagged. A point exactly on the centre line breaks the run (NHSRplotthedots: its
 * sign relative to the mean is 0).
 */
export function markShifts(
  values: Float64Array,
  flags: Uint8Array,
  from: number,
  to: number,
  centre: number,
  length: number,
): void {
  let run = 0;
  let side = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    const s = v > centre ? 1 : v < centre ? -1 : 0;
    run = s !== 0 && s === side ? run + 1 : s === 0 ? 0 : 1;
    side = s;
    if (run === 0) continue;
    const bit = s > 0 ? RULE_BITS.SHIFT_HIGH : RULE_BITS.SHIFT_LOW;
    if (run === length) for (let j = i - length + 1; j <= i; j++) flags[j]! |= bit;
    else if (run > length) flags[i]! |= bit;
  }
}
