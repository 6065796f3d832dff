import { describeSignal } from "./describeSignal.ts";
import type { SignalClass, XmrSignal } from "./XmrResult.ts";

// A neutral-polarity metric's signal is neither better nor worse: only unusual.
const CLASS_WORD: Record<SignalClass, string> = {
  CONCERN: "Concern",
  IMPROVEMENT: "Improvement",
  NEUTRAL: "Unusual",
};

/**
 * A signal as one finding: its class, the signal in plain words, and a warning when any month it rests
 * on is illustrative (generated, not published), so nobody takes a generated month for a real one.
 * The exceptions list and the chart's data table both say signals this way.
 * @example describeSignalFinding({ rule: "TREND", direction: "HIGH", from: "2022-08", to: "2023-03", classification: "CONCERN" }, true)
 * // "Concern: a rising trend, Aug-22 to Mar-23 (includes illustrative months)"
 */
export function describeSignalFinding(
  signal: Pick<XmrSignal, "rule" | "direction" | "from" | "to" | "classification">,
  illustrative: boolean,
): string {
  const mark = illustrative ? " (includes illustrative months)" : "";
  return `${CLASS_WORD[signal.classification]}: ${describeSignal(signal)}${mark}`;
}
