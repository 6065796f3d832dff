import type { Polarity } from "../format/Polarity.ts";
import type { AssuranceIcon, XmrSegment } from "./XmrResult.ts";

/**
 * Making Data Count's assurance icon: a target beyond the process limits on the unfavourable side
 * means the process consistently passes (PASS); beyond them on the favourable side it consistently
 * fails (FAIL); a target between the limits is HIT_OR_MISS. NONE without a target, limits or polarity.
 * @example higher is better, limits 70–80, target 65 → "PASS"; target 85 → "FAIL"
 */
export function assuranceIconFor(
  segment: XmrSegment | undefined,
  target: number | null | undefined,
  polarity: Polarity,
): AssuranceIcon {
  if (!segment || target === null || target === undefined || polarity === "NEUTRAL") return "NONE";
  const higherIsBetter = polarity === "HIGHER_IS_BETTER";
  if (target < segment.lower) return higherIsBetter ? "PASS" : "FAIL";
  if (target > segment.upper) return higherIsBetter ? "FAIL" : "PASS";
  return "HIT_OR_MISS";
}
