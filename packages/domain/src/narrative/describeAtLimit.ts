import { formatValue } from "../format/formatValue.ts";
import { monthLabel } from "../periods/monthLabel.ts";
import type { SpcSentenceContext } from "./SpcSentenceContext.ts";

/**
 * "At" a limit means within a tenth of the distance from the centre to that limit: close enough that an
 * analyst reading the chart says the point sits on the line.
 */
const AT_LIMIT_SHARE = 0.1;

// A point on the line but inside it is still common cause: the sentence says so, so it never reads as
// a signal beside a "normal variation" badge.
const inside = (point: { special: boolean }) => (point.special ? "" : ", within its control limits");

/** "Swindon has seen a low in Mar-23 and is at the LCL at 1,017". */
export function describeAtLimit({ input, point, segment, subject }: SpcSentenceContext): string | null {
  const tolerance = AT_LIMIT_SHARE * (segment.upper - segment.centre);
  if (tolerance <= 0) return null;
  const value = formatValue(point.value, input.unit);
  const label = monthLabel(point.period);
  if (Math.abs(point.value - segment.lower) <= tolerance) {
    return `${subject} has seen a low in ${label} and is at the LCL at ${value}${inside(point)}`;
  }
  if (Math.abs(point.value - segment.upper) <= tolerance) {
    return `${subject} has seen a high in ${label} and is at the UCL at ${value}${inside(point)}`;
  }
  return null;
}
