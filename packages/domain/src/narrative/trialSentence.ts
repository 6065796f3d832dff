import { monthLabel } from "../periods/monthLabel.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/**
 * When the chart has only trial limits or none, in the report's words: "Data capture began Jul-22, a
 * longer data capture period is required to assess trend". When the short stretch follows a declared
 * process change rather than the start of data capture, it says so ("Limits are recalculated from the
 * process change in Sep-22: …"). null when the limits are established or do not apply (trend only).
 */
export function trialSentence(input: NarrativeInput): string | null {
  const spc = input.spc;
  if (!spc || spc.status === "OK" || spc.status === "TREND_ONLY") return null;
  const first = spc.points[0]?.period;
  const segmentStart = spc.segments.at(-1)?.start ?? first;
  const sincePoints = spc.points.findIndex((p) => p.period === segmentStart);
  const afterChange = segmentStart !== undefined && first !== undefined && sincePoints > 0;
  if (afterChange) {
    return `Limits are recalculated from the process change in ${monthLabel(segmentStart!)}: a longer period is required to assess trend`;
  }
  const began = input.dataCaptureStart ?? first;
  const lead = began ? `Data capture began ${monthLabel(began)}, a` : "A";
  return `${lead} longer data capture period is required to assess trend`;
}
