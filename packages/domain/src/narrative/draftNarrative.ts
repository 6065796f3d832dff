import { defaultChangeBasis } from "../comparisons/defaultChangeBasis.ts";
import { headlineChange } from "../comparisons/headlineChange.ts";
import { meanVsMedian } from "../comparisons/meanVsMedian.ts";
import { valueAt } from "../comparisons/valueAt.ts";
import { addMonths } from "../periods/addMonths.ts";
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
  const evidence = evidenceOf(input);
  return drafts.flatMap(([key, text]) =>
    text === null
      ? []
      : [{ key, text, illustrative: evidence[key as keyof typeof evidence] ?? evidence.latest }],
  );
}

/**
 * Whether each kind of sentence rests on illustrative months: the month itself for a value or a target;
 * the months a change compares; every month of the chart for a limit or a signal, since its limits come
 * from all of them.
 */
function evidenceOf(input: NarrativeInput) {
  const marked = (from: string, to: string) =>
    input.series.some((p) => p.period >= from && p.period <= to && p.illustrative === true);
  const changeBasis = input.changeBasis ?? defaultChangeBasis(input.basis, input.unit);
  const change =
    changeBasis === "NONE"
      ? null
      : headlineChange({
          points: input.series,
          period: input.period,
          unit: input.unit,
          basis: input.basis,
          changeBasis,
        });
  const chart = marked("0000-01", input.period);
  return {
    latest: marked(input.period, input.period),
    change: change?.illustrative ?? false,
    previous3: marked(addMonths(input.period, -3), input.period),
    spc: chart,
    trial: chart,
  };
}
