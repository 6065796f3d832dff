import { defaultChangeBasis } from "../comparisons/defaultChangeBasis.ts";
import { headlineChange } from "../comparisons/headlineChange.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { formatValue } from "../format/formatValue.ts";
import { exceptionalMonthsWithin } from "./exceptionalMonthsWithin.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/**
 * The change the metric is judged on, in the report's words and on its basis, naming the exceptional
 * months that drive it as the report does ("Year on year change of -1.5% is affected by an exceptional
 * high period over Feb-22 and Mar-22"):
 * "All Burglary is reporting a 17.0% increase year on year (12 months to Mar-23 against the 12 months to
 * Mar-22)"; "Vehicle crime satisfaction is down 9.9pp on Feb-22"; "… is up 15 days on the previous quarter
 * (Jul to Sep 22)". null without the months it needs, or for changes on the previous 3 months (the
 * previous-3-months sentence says those with their margin of error).
 */
export function changeSentence(input: NarrativeInput): string | null {
  const changeBasis = input.changeBasis ?? defaultChangeBasis(input.basis, input.unit);
  if (changeBasis === "PREVIOUS_3_MONTHS") return null;
  const change = headlineChange({
    points: input.series,
    period: input.period,
    unit: input.unit,
    basis: input.basis,
    changeBasis,
  });
  if (!change || change.difference === null) return null;
  const subject = input.areaName ?? input.metricName;
  const up = change.difference > 0;
  let said: string;
  if (change.text === "no change") said = `${subject} shows no change ${change.against}`;
  else if (change.expressedAs === "POINTS")
    said = `${subject} is ${up ? "up" : "down"} ${formatNumber(Math.abs(change.difference), 1)}pp ${change.against}`;
  else if (change.expressedAs === "UNITS")
    said = `${subject} is ${up ? "up" : "down"} ${formatValue(Math.abs(change.difference), input.unit)} ${change.against}`;
  else if (change.percent === null) return null;
  else if (Math.abs(change.percent) < 1)
    said = `${subject} is reporting a change of ${change.text} ${change.against}`;
  else
    said = `${subject} is reporting a ${formatNumber(Math.abs(change.percent), 1)}% ${up ? "increase" : "decrease"} ${change.against}`;
  // Only 12-month totals are "affected by" a few months within them; a single month is what it is.
  const isTotal = changeBasis === "YEAR_ON_YEAR" && input.basis === "DISCRETE_MONTH";
  const drivers = isTotal ? exceptionalMonthsWithin(input.spc, change.usedFrom, change.usedTo) : null;
  return drivers ? `${said}, affected by ${drivers}` : said;
}
