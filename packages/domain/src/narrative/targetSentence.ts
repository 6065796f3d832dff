import { formatSla } from "../format/formatSla.ts";
import { formatValue } from "../format/formatValue.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/**
 * Against an SLA or target: "Average priority response time is 1:54:53 breaching the SLA of 1 hour".
 * Whether the value breaches depends on polarity (lower is better: above the SLA breaches). null for
 * neutral metrics or without a target.
 */
export function targetSentence(input: NarrativeInput, value: number): string | null {
  const target = input.target;
  if (!target || input.polarity === "NEUTRAL") return null;
  const meets = input.polarity === "LOWER_IS_BETTER" ? value <= target.value : value >= target.value;
  const amount = input.unit === "SECONDS" ? formatSla(target.value) : formatValue(target.value, input.unit);
  const name = target.label ?? (target.kind === "SLA" ? `the SLA of ${amount}` : `the target of ${amount}`);
  const verdict = target.kind === "SLA" ? (meets ? "within" : "breaching") : meets ? "meeting" : "missing";
  return `${input.areaName ?? input.metricName} is ${formatValue(value, input.unit)} ${verdict} ${name}`;
}
