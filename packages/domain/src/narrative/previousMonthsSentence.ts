import { changeVsPreviousMonths } from "../comparisons/changeVsPreviousMonths.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { formatValue } from "../format/formatValue.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/** The report compares audit and survey scores with the previous 3 months. */
const PREVIOUS_MONTHS = 3;

/**
 * "Overall call rating is 41% for Mar-23, a reduction of -10.9 percentage points compared to the previous
 * 3 months. This is greater than the +/-5% margin of error (CI=95%)". Drafted only for metrics with a
 * margin of error (surveys, audits), which is where the report makes this comparison.
 */
export function previousMonthsSentence(input: NarrativeInput): string | null {
  const margin = input.marginOfError ?? null;
  if (margin === null) return null;
  const change = changeVsPreviousMonths(input.series, input.period, PREVIOUS_MONTHS, input.unit, margin);
  if (!change || change.difference === null) return null;
  const points = change.expressedAs === "POINTS";
  const amount = points ? change.difference : (change.percent ?? 0);
  const kind = amount < 0 ? "a reduction" : "an increase";
  const signed = `${amount > 0 ? "+" : ""}${formatNumber(amount, 1)}`;
  const size = points ? `${signed} percentage points` : `${signed}%`;
  const value = formatValue(change.base! + change.difference, input.unit);
  const marginText = `+/-${trimNumber(margin)}${input.unit === "PERCENT" ? "%" : ""}`;
  const verdict = change.significant ? "greater than" : "within";
  return (
    `${input.areaName ?? input.metricName} is ${value} for ${monthLabel(input.period)}, ${kind} of ${size} compared ` +
    `to the previous ${PREVIOUS_MONTHS} months. This is ${verdict} the ${marginText} margin of error (CI=95%)`
  );
}

function trimNumber(n: number): string {
  return String(Number(n.toFixed(1)));
}
