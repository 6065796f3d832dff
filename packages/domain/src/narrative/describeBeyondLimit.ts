import { formatValue } from "../format/formatValue.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import { runLengthEndingAt } from "./runLengthEndingAt.ts";
import type { SpcSentenceContext } from "./SpcSentenceContext.ts";

/**
 * The month is beyond a process limit. Several months in a row: "Vehicle crime satisfaction at 67.0% and
 * 4 months under the LCL". One month after favourable moves: "Violent crime satisfaction 73.0% dropped
 * below LCL after a 2-month improvement". Otherwise: "… for Mar-23 is showing as exceptionally low at 138".
 */
export function describeBeyondLimit({
  input,
  spc,
  index,
  point,
  segment,
  subject,
}: SpcSentenceContext): string | null {
  const low = point.value < segment.lower;
  if (!low && point.value <= segment.upper) return null;
  const value = formatValue(point.value, input.unit);
  const beyond = (p: { value: number }) => (low ? p.value < segment.lower : p.value > segment.upper);
  const run = runLengthEndingAt(spc.points, index, beyond);
  if (run >= 2) return `${subject} at ${value} and ${run} months ${low ? "under the LCL" : "above the UCL"}`;
  const improvement = favourableMovesBefore(input.polarity, spc.points, index);
  const unfavourable = input.polarity === (low ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER");
  if (unfavourable && improvement >= 2) {
    return `${subject} ${value} ${low ? "dropped below LCL" : "rose above UCL"} after a ${improvement}-month improvement`;
  }
  return `${subject} for ${monthLabel(point.period)} is showing as exceptionally ${low ? "low" : "high"} at ${value}`;
}

/** Consecutive months before `index` that each moved the favourable way from the month before. */
function favourableMovesBefore(
  polarity: string,
  points: { value: number; segmentIndex: number }[],
  index: number,
): number {
  if (polarity === "NEUTRAL") return 0;
  let count = 0;
  for (let i = index - 1; i >= 1; i--) {
    const step = points[i]!.value - points[i - 1]!.value;
    const favourable = polarity === "HIGHER_IS_BETTER" ? step > 0 : step < 0;
    if (!favourable || points[i - 1]!.segmentIndex !== points[index]!.segmentIndex) break;
    count++;
  }
  return count;
}
