import { formatValue } from "../format/formatValue.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import { classifySignal } from "../spc/classifySignal.ts";
import { describeSignal } from "../spc/describeSignal.ts";
import type { SignalClass } from "../spc/XmrResult.ts";
import type { MetricQuarterChange, MoveDirection } from "./QuarterChange.ts";
import type { MetricSnapshot } from "./QuarterSnapshot.ts";

const CLASS_WORDS: Record<SignalClass, string> = {
  IMPROVEMENT: " (an improvement)",
  CONCERN: " (a concern)",
  NEUTRAL: "",
};

/**
 * What changed for one metric from an earlier quarter to a later one, in this order: its latest
 * figure (moved when it prints differently, so rounding noise is not news), its target newly met or
 * missed, signals that ended, signals that started. A signal is the same signal while its rule, side
 * and first month are: a trend that has run on is not new, a second spell beyond the limits is.
 * @example metricChanges(earlier, later) // [{ kind: "FIGURE_MOVED", sentence: "Crimes recorded rose from …" }]
 */
export function metricChanges(earlier: MetricSnapshot, later: MetricSnapshot): MetricQuarterChange[] {
  const moved = figureMoved(earlier, later);
  const target = targetChange(earlier, later);
  return [
    ...(moved ? [moved] : []),
    ...(target ? [target] : []),
    ...signalsOnlyIn(earlier, later).map((signal) => signalChange("SIGNAL_ENDED", signal, later)),
    ...signalsOnlyIn(later, earlier).map((signal) => signalChange("SIGNAL_STARTED", signal, later)),
  ];
}

function targetChange(earlier: MetricSnapshot, later: MetricSnapshot): MetricQuarterChange | null {
  // Only a standing that flips counts: a target newly set or removed was neither met nor missed before.
  const [was, is] = [earlier.target?.isMet, later.target?.isMet];
  if (was === undefined || is === undefined || was === is) return null;
  const sentence = `${is ? "Newly met" : "Newly missed"} for ${later.name}: ${later.target?.text}.`;
  return { kind: is ? "TARGET_NEWLY_MET" : "TARGET_NEWLY_MISSED", metricId: later.id, sentence };
}

function signalsOnlyIn(snapshot: MetricSnapshot, other: MetricSnapshot): MetricSnapshot["signals"] {
  const otherKeys = new Set(other.signals.map(signalKey));
  return snapshot.signals.filter((signal) => !otherKeys.has(signalKey(signal)));
}

function signalChange(
  kind: "SIGNAL_STARTED" | "SIGNAL_ENDED",
  signal: MetricSnapshot["signals"][number],
  later: MetricSnapshot,
): MetricQuarterChange {
  const classification = classifySignal(signal.direction, later.polarity);
  const sentence =
    kind === "SIGNAL_STARTED"
      ? `New signal for ${later.name}: ${describeSignal(signal)}${CLASS_WORDS[classification]}.`
      : `Signal ended for ${later.name}: ${describeSignal(signal)}.`;
  return { kind, metricId: later.id, signal, classification, sentence };
}

function figureMoved(earlier: MetricSnapshot, later: MetricSnapshot): MetricQuarterChange | null {
  const [from, to] = [earlier.latest, later.latest];
  if (!from || !to) return null;
  const [fromText, toText] = [formatValue(from.value, later.unit), formatValue(to.value, later.unit)];
  if (fromText === toText) return null;
  const direction = moveDirection(to.value - from.value, later.polarity);
  const verb = to.value > from.value ? "rose" : "fell";
  const span =
    from.month === to.month
      ? `was revised from ${fromText} to ${toText} for ${monthLabel(to.month)}`
      : `${verb} from ${fromText} in ${monthLabel(from.month)} to ${toText} in ${monthLabel(to.month)}`;
  const judged = direction === "NEUTRAL" ? "" : ` (${direction === "BETTER" ? "better" : "worse"})`;
  return {
    kind: "FIGURE_MOVED",
    metricId: later.id,
    from,
    to,
    direction,
    sentence: `${later.name} ${span}${judged}.`,
  };
}

function moveDirection(difference: number, polarity: MetricSnapshot["polarity"]): MoveDirection {
  if (polarity === "NEUTRAL") return "NEUTRAL";
  return difference > 0 === (polarity === "HIGHER_IS_BETTER") ? "BETTER" : "WORSE";
}

function signalKey(signal: MetricSnapshot["signals"][number]): string {
  return `${signal.rule}|${signal.direction}|${signal.from}`;
}
