import type { Polarity } from "../format/Polarity.ts";
import type { VariationIcon, XmrPoint } from "./XmrResult.ts";

/**
 * Making Data Count's variation icon, read from the latest point as the icons are:
 * special cause high/low coloured by polarity, common cause otherwise, NONE without limits.
 */
export function variationIconFor(last: XmrPoint | undefined, polarity: Polarity): VariationIcon {
  if (!last || last.segmentIndex < 0) return "NONE";
  if (!last.direction) return "COMMON_CAUSE";
  if (polarity === "NEUTRAL") return last.direction === "HIGH" ? "NEITHER_HIGH" : "NEITHER_LOW";
  const good = polarity === "HIGHER_IS_BETTER" ? "HIGH" : "LOW";
  const kind = last.direction === good ? "IMPROVEMENT" : "CONCERN";
  return `${kind}_${last.direction}`;
}
