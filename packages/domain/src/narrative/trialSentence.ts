import { monthLabel } from "../periods/monthLabel.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/**
 * When the chart has only trial limits or none: "Data capture began Jul-22, a longer data capture period
 * is required to assess trend" (the report's words). null when the limits are established.
 */
export function trialSentence(input: NarrativeInput): string | null {
  const spc = input.spc;
  if (!spc || spc.status === "OK") return null;
  const first = spc.points[0]?.period;
  const lead = first ? `Data capture began ${monthLabel(first)}, a` : "A";
  return `${lead} longer data capture period is required to assess trend`;
}
