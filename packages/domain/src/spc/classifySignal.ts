import type { Polarity } from "../format/Polarity.ts";
import type { SignalClass } from "./XmrResult.ts";

/**
 * Improvement or concern from the side of a signal and the metric's polarity (Making Data Count's
 * orange/blue); NEUTRAL when the metric has no good direction.
 * @example classifySignal("LOW", "LOWER_IS_BETTER") // "IMPROVEMENT"
 */
export function classifySignal(direction: "HIGH" | "LOW", polarity: Polarity): SignalClass {
  if (polarity === "NEUTRAL") return "NEUTRAL";
  const good = polarity === "HIGHER_IS_BETTER" ? "HIGH" : "LOW";
  return direction === good ? "IMPROVEMENT" : "CONCERN";
}
