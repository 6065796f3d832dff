import { RULE_BITS } from "./RULE_BITS.ts";

/**
 * Rule 2: a trend of `length` consecutive points each strictly higher (or lower) than the one
 * before; every point of the run is flagged, including the first. An equal value breaks the run,
 * as in NHSRplotthedots (sign of the difference is 0).
 */
export function markTrends(
  values: Float64Array,
  flags: Uint8Array,
  from: number,
  to: number,
  length: number,
): void {
  const steps = Math.max(1, length - 1);
  let up = 0;
  let down = 0;
  for (let i = from + 1; i < to; i++) {
    const diff = values[i]! - values[i - 1]!;
    up = diff > 0 ? up + 1 : 0;
    down = diff < 0 ? down + 1 : 0;
    if (up === steps) for (let j = i - steps; j <= i; j++) flags[j]! |= RULE_BITS.TREND_UP;
    else if (up > steps) flags[i]! |= RULE_BITS.TREND_UP;
    if (down === steps) for (let j = i - steps; j <= i; j++) flags[j]! |= RULE_BITS.TREND_DOWN;
    else if (down > steps) flags[i]! |= RULE_BITS.TREND_DOWN;
  }
}
