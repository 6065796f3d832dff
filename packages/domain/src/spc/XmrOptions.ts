import type { MetricBasis } from "../comparisons/MetricBasis.ts";
import type { Polarity } from "../format/Polarity.ts";
import type { MonthKey } from "../periods/MonthKey.ts";

/** Settings of an XmR chart; defaults follow NHSRplotthedots / Making Data Count. */
export interface XmrOptions {
  polarity: Polarity;
  /**
   * The span each value covers. Only discrete months get limits; any other basis gives a TREND_ONLY
   * chart. Default DISCRETE_MONTH.
   */
  basis?: MetricBasis;
  /** Target or SLA for the assurance icon; none gives assurance "NONE". */
  target?: number | null;
  /** Declared process changes: a new segment (with its own limits) starts at each of these months. */
  recalculateAt?: MonthKey[];
  /** Baseline: limits come from the first N points of each segment and are then fixed. */
  fixAfterPoints?: number | null;
  /**
   * Drop moving ranges above 3.267 × their mean, then recompute the mean (NHSRplotthedots'
   * screen_outliers). Default false, as in the Making Data Count spreadsheet.
   */
  screenMovingRanges?: boolean;
  /** Points on one side of the centre that make a shift. Default 7. */
  runLength?: number;
  /** Points each higher (or lower) than the last that make a trend. Default 7. */
  trendLength?: number;
  /** "2023-11" (default) counts points beyond the process limits in two-of-three; "2019" does not. */
  twoOfThreeRule?: "2019" | "2023-11";
  /** A segment with fewer points than this gets no limits at all. Default 6 (see DEFAULT_XMR_SETTINGS). */
  minimumPoints?: number;
  /** Limits from fewer baseline points than this are trial limits. Default 12. */
  trialBelow?: number;
}
