import { yearOnYear } from "../comparisons/yearOnYear.ts";
import { formatChange } from "../format/formatChange.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/**
 * Year on year in the report's words. Volumes: "All Burglary to Mar-23 is reporting a 17.0% increase in
 * recorded volumes" (or, under 1%, "… are reporting a year-on-year change of -0.1% to Mar-23");
 * rates: "Vehicle crime satisfaction is down 9.9pp year on year". null without last year's month.
 */
export function yearOnYearSentence(input: NarrativeInput): string | null {
  const change = yearOnYear(input.series, input.period, input.unit);
  if (!change || change.difference === null) return null;
  const label = monthLabel(input.period);
  const subject = input.areaName ?? input.metricName;
  if (change.expressedAs === "POINTS") {
    const size = formatNumber(Math.abs(change.difference), 1);
    if (size === "0.0") return `${subject} is unchanged year on year to ${label}`;
    return `${subject} is ${change.difference > 0 ? "up" : "down"} ${size}pp year on year to ${label}`;
  }
  if (change.percent === null) return null;
  if (Math.abs(change.percent) < 1) {
    return `${subject} is reporting a year-on-year change of ${formatChange(change, input.unit)} to ${label}`;
  }
  const what = input.unit === "COUNT" ? " in recorded volumes" : " year on year";
  const direction = change.percent > 0 ? "increase" : "decrease";
  return `${subject} to ${label} is reporting a ${formatNumber(Math.abs(change.percent), 1)}% ${direction}${what}`;
}
