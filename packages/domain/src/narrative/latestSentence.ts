import { formatValue } from "../format/formatValue.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/**
 * "101 abandonment rate is 7.5% for Mar-23"; for rolling figures "… is 13.0% for the rolling 12 months to Mar-23".
 * The area, when there is one, follows the metric ("Intelligence reports (Swindon) is 1,017 for Mar-23").
 */
export function latestSentence(input: NarrativeInput, value: number): string {
  const subject = input.areaName ? `${input.metricName} (${input.areaName})` : input.metricName;
  const label = monthLabel(input.period);
  const when =
    input.basis === "ROLLING_12_MONTHS"
      ? `the rolling 12 months to ${label}`
      : input.basis === "TWELVE_MONTHS_TO"
        ? `the 12 months to ${label}`
        : input.basis === "QUARTER"
          ? `the quarter to ${label}`
          : label;
  return `${subject} is ${formatValue(value, input.unit)} for ${when}`;
}
