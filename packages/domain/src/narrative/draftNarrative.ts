import { meanVsMedian } from "../comparisons/meanVsMedian.ts";
import { valueAt } from "../comparisons/valueAt.ts";
import { changeSentence } from "./changeSentence.ts";
import { latestSentence } from "./latestSentence.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";
import type { NarrativeSentence } from "./NarrativeSentence.ts";
import { previousMonthsSentence } from "./previousMonthsSentence.ts";
import { spcSentence } from "./spcSentence.ts";
import { targetSentence } from "./targetSentence.ts";
import { trialSentence } from "./trialSentence.ts";

/**
 * Drafts the bullet sentences for one metric and month in the report's register, from computed values
 * and signals only — the same input always gives the same sentences (see NARRATIVE_GENERATOR_VERSION).
 * Keys, in order: latest, change, previous3, spc, sla (or target), median, trial; each appears only when it
 * has something to say. No sentence at all when the month has no value.
 * @example draftNarrative({ metricName: "101 abandonment rate", unit: "PERCENT", period: "2023-03", … })[0]
 *   // { key: "latest", text: "101 abandonment rate is 7.5% for Mar-23" }
 */
export function draftNarrative(input: NarrativeInput): NarrativeSentence[] {
  const value = valueAt(input.series, input.period);
  if (value === null) return [];
  const medianSla = input.target?.kind === "SLA" && input.unit === "SECONDS" ? input.target.value : null;
  const drafts: [string, string | null][] = [
    ["latest", latestSentence(input, value)],
    ["change", changeSentence(input)],
    ["previous3", previousMonthsSentence(input)],
    ["spc", input.spc ? spcSentence(input, input.spc) : null],
    [input.target?.kind === "TARGET" ? "target" : "sla", targetSentence(input, value)],
    ["median", input.median == null ? null : meanVsMedian(value, input.median, medianSla, input.unit).note],
    ["trial", trialSentence(input)],
  ];
  return drafts.flatMap(([key, text]) => (text === null ? [] : [{ key, text }]));
}
