import { formatValue } from "../format/formatValue.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import { runLengthEndingAt } from "./runLengthEndingAt.ts";
import type { SpcSentenceContext } from "./SpcSentenceContext.ts";

/**
 * The month is part of a trend, two of three near a limit, or a shift — in that precedence:
 * "… is showing an increasing trend: 7 months each higher than the last";
 * "… has two of the last three months close to the UCL";
 * "County is showing 9 months of being consistently just below average with 1,435 in Mar-23"
 * ("just" when none of those months is beyond the 2-sigma line).
 */
export function describeRunOrTrend({
  input,
  spc,
  index,
  point,
  segment,
  subject,
}: SpcSentenceContext): string | null {
  const rule = point.rules[0];
  const high = point.direction === "HIGH";
  if (rule === "TREND") {
    const moves = runLengthEndingAt(spc.points, index, (p, i) => {
      const before = spc.points[i - 1];
      return before !== undefined && (high ? p.value > before.value : p.value < before.value);
    });
    const word = high ? "an increasing" : "a decreasing";
    return `${subject} is showing ${word} trend: ${moves + 1} months each ${high ? "higher" : "lower"} than the last`;
  }
  if (rule === "TWO_OF_THREE") {
    return `${subject} has two of the last three months close to the ${high ? "UCL" : "LCL"}`;
  }
  if (rule !== "SHIFT") return null;
  const sameSide = (p: { value: number }) => (high ? p.value > segment.centre : p.value < segment.centre);
  const run = runLengthEndingAt(spc.points, index, sameSide);
  const months = spc.points.slice(index - run + 1, index + 1);
  const near = months.every((p) => p.value <= segment.upperTwoSigma && p.value >= segment.lowerTwoSigma);
  const where = `${near ? "just " : ""}${high ? "above" : "below"} average`;
  const value = formatValue(point.value, input.unit);
  return `${subject} is showing ${run} months of being consistently ${where} with ${value} in ${monthLabel(point.period)}`;
}
