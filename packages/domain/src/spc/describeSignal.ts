import { monthLabel } from "../periods/monthLabel.ts";
import type { SpcRule, XmrSignal } from "./XmrResult.ts";

const WORDS: Record<SpcRule, Record<XmrSignal["direction"], string>> = {
  OUTSIDE_LIMITS: { HIGH: "above the upper control limit", LOW: "below the lower control limit" },
  TREND: { HIGH: "a rising trend", LOW: "a falling trend" },
  TWO_OF_THREE: {
    HIGH: "two of three months close to the upper control limit",
    LOW: "two of three months close to the lower control limit",
  },
  SHIFT: { HIGH: "a run of months above the centre line", LOW: "a run of months below the centre line" },
};

/**
 * A signal in plain words with its months as the report writes them, for lists of exceptions.
 * @example describeSignal({ rule: "TREND", direction: "HIGH", from: "2022-08", to: "2023-03" })
 * // "a rising trend, Aug-22 to Mar-23"
 */
export function describeSignal(signal: Pick<XmrSignal, "rule" | "direction" | "from" | "to">): string {
  const months =
    signal.from === signal.to
      ? monthLabel(signal.to)
      : `${monthLabel(signal.from)} to ${monthLabel(signal.to)}`;
  return `${WORDS[signal.rule][signal.direction]}, ${months}`;
}
