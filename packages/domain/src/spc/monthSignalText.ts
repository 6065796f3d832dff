import type { MonthKey } from "../periods/MonthKey.ts";
import { describeSignalFinding } from "./describeSignalFinding.ts";
import type { SignalSpan } from "./SignalSpan.ts";

/**
 * What the signals say about one month, for a row of a chart's data table: each signal covering the
 * month as a finding, joined by "; ". A month no signal covers is "Normal variation"; a month without
 * limits (a trend-only series, or too few months) has no signal to state: "No limits".
 * @example monthSignalText("2022-07", [trendAug22ToMar23], { hasLimits: true }) // "Normal variation"
 */
export function monthSignalText(
  month: MonthKey,
  signals: readonly SignalSpan[],
  { hasLimits }: { hasLimits: boolean },
): string {
  if (!hasLimits) return "No limits";
  // Month keys compare as text ("2022-08" < "2023-03").
  const covering = signals.filter((s) => s.from <= month && month <= s.to);
  if (covering.length === 0) return "Normal variation";
  return covering.map((s) => describeSignalFinding(s, s.illustrative)).join("; ");
}
