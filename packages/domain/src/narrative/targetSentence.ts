import { targetStanding } from "../targets/targetStanding.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/**
 * Against an SLA or target, in the same words as the standing shown beside every badge:
 * "Priority response time (mean): 1:54:53 breaches the 1-hour SLA"; "Police officers (FTE): 1,196
 * exceeds the 1,189 target". null for neutral metrics or without a target.
 */
export function targetSentence(input: NarrativeInput, value: number): string | null {
  const target = input.target;
  if (!target) return null;
  const standing = targetStanding(value, target.value, target.kind, input.polarity, input.unit);
  return standing ? `${input.areaName ?? input.metricName}: ${standing.text}` : null;
}
