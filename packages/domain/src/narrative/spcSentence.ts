import type { XmrResult } from "../spc/XmrResult.ts";
import { describeAtLimit } from "./describeAtLimit.ts";
import { describeBackToNormal } from "./describeBackToNormal.ts";
import { describeBeyondLimit } from "./describeBeyondLimit.ts";
import { describeRunOrTrend } from "./describeRunOrTrend.ts";
import type { NarrativeInput } from "./NarrativeInput.ts";

/**
 * The one sentence the chart says about the month, taking the first that applies in the order an analyst
 * would: beyond a limit ("4 months under the LCL", "exceptionally low at 138", "dropped below LCL after a
 * 2-month improvement"); just back from beyond one ("two-month exceptional high … back to normal figures");
 * at a limit ("is at the LCL"); a trend, two of three or a shift ("9 months of being consistently just
 * below average"); otherwise stable. null when the month has no limits.
 */
export function spcSentence(input: NarrativeInput, spc: XmrResult): string | null {
  const index = spc.points.findIndex((p) => p.period === input.period);
  const point = spc.points[index];
  const segment = point ? spc.segments[point.segmentIndex] : undefined;
  if (!point || !segment) return null;
  const subject = input.areaName ?? input.metricName;
  const context = { input, spc, index, point, segment, subject };
  return (
    describeBeyondLimit(context) ??
    describeBackToNormal(context) ??
    describeAtLimit(context) ??
    describeRunOrTrend(context) ??
    `${subject} remains stable, within its expected range of variation`
  );
}
