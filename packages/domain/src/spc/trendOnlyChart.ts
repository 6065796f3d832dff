import type { MetricBasis } from "../comparisons/MetricBasis.ts";
import type { ResolvedSettings } from "./resolveKernelSettings.ts";
import type { XmrPoint, XmrResult } from "./XmrResult.ts";

const MESSAGES: Record<Exclude<MetricBasis, "DISCRETE_MONTH">, string> = {
  ROLLING_12_MONTHS:
    "Rolling 12-month values share 11 of their 12 months with the value before, so control limits would be far too narrow and signal falsely: shown as a trend, without limits.",
  TWELVE_MONTHS_TO:
    "Each figure covers the 12 months to its month and overlaps the one before, so control limits do not apply: shown as a trend, without limits.",
  QUARTER: "Quarterly figures as published: too few, and too far apart, for control limits.",
};

/**
 * The chart of a series that control limits do not fit (rolling, "12 months to" or quarterly values):
 * its points in order, no segments, no signals and no icons, with the reason in words.
 */
export function trendOnlyChart(
  periods: string[],
  values: Float64Array,
  basis: Exclude<MetricBasis, "DISCRETE_MONTH">,
  settings: ResolvedSettings,
): XmrResult {
  const points: XmrPoint[] = periods.map((period, i) => ({
    period,
    value: values[i]!,
    segmentIndex: -1,
    rules: [],
    special: false,
    direction: null,
    signal: null,
  }));
  return {
    status: "TREND_ONLY",
    message: MESSAGES[basis],
    segments: [],
    points,
    signals: [],
    variation: "NONE",
    assurance: "NONE",
    assuranceNote: null,
    settings: {
      runLength: settings.runLength,
      trendLength: settings.trendLength,
      twoOfThreeRule: settings.twoOfThreeRule,
      screenMovingRanges: settings.screenMovingRanges,
    },
  };
}
