import type { MonthKey } from "../periods/MonthKey.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import type { XmrSignal } from "../spc/XmrResult.ts";

/**
 * A signal as a short clause for a one-line exception, as the report words them: "rising since
 * Aug-22", "exceptionally high", "below its average since Mar-22". A one-month signal in the latest
 * month needs no month ("exceptionally high"); in another month it names it ("exceptionally high in Jan-23").
 * @example signalPhrase({ rule: "TREND", direction: "HIGH", from: "2022-08", to: "2023-03", … }, "2023-03") // "rising since Aug-22"
 */
export function signalPhrase(
  signal: Pick<XmrSignal, "rule" | "direction" | "from" | "to">,
  latest?: MonthKey,
): string {
  const high = signal.direction === "HIGH";
  const since =
    signal.from !== signal.to
      ? ` since ${monthLabel(signal.from)}`
      : signal.to === latest
        ? ""
        : ` in ${monthLabel(signal.to)}`;
  switch (signal.rule) {
    case "OUTSIDE_LIMITS":
      return `exceptionally ${high ? "high" : "low"}${since}`;
    case "TREND":
      return `${high ? "rising" : "falling"} since ${monthLabel(signal.from)}`;
    case "TWO_OF_THREE":
      return `close to its ${high ? "upper" : "lower"} control limit${since}`;
    case "SHIFT":
      return `${high ? "above" : "below"} its average since ${monthLabel(signal.from)}`;
  }
}
