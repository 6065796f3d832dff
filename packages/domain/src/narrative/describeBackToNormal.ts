import { formatValue } from "../format/formatValue.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import { numberWord } from "./numberWord.ts";
import { runLengthEndingAt } from "./runLengthEndingAt.ts";
import type { SpcSentenceContext } from "./SpcSentenceContext.ts";

/**
 * The month is inside the limits straight after months beyond one: "Jan-23 and Feb-23 recorded a
 * two-month exceptional high, 52 and 58 consecutively, however Mar-23 is back to normal figures at 28".
 */
export function describeBackToNormal({
  input,
  spc,
  index,
  point,
  segment,
}: SpcSentenceContext): string | null {
  const previous = spc.points[index - 1];
  if (!previous || previous.segmentIndex !== point.segmentIndex) return null;
  const high = previous.value > segment.upper;
  if (!high && previous.value >= segment.lower) return null;
  const beyond = (p: { value: number }) => (high ? p.value > segment.upper : p.value < segment.lower);
  const run = runLengthEndingAt(spc.points, index - 1, beyond);
  const months = spc.points.slice(index - run, index);
  const values = months.map((p) => formatValue(p.value, input.unit));
  const first = monthLabel(months[0]!.period);
  const last = monthLabel(previous.period);
  const side = high ? "high" : "low";
  const recorded =
    run === 1
      ? `${first} recorded an exceptional ${side} of ${values[0]}`
      : `${first} ${run === 2 ? "and" : "to"} ${last} recorded a ${numberWord(run)}-month exceptional ${side}` +
        (run === 2 ? `, ${values[0]} and ${values[1]} consecutively` : "");
  return `${recorded}, however ${monthLabel(point.period)} is back to normal figures at ${formatValue(point.value, input.unit)}`;
}
