import type { MonthKey } from "../periods/MonthKey.ts";

/** The four Making Data Count special-cause rules, in order of precedence. */
export type SpcRule = "OUTSIDE_LIMITS" | "TREND" | "TWO_OF_THREE" | "SHIFT";
export type SignalClass = "IMPROVEMENT" | "CONCERN" | "NEUTRAL";
/** Making Data Count variation icon codes, read from the latest point. */
export type VariationIcon =
  | "COMMON_CAUSE"
  | "IMPROVEMENT_HIGH"
  | "IMPROVEMENT_LOW"
  | "CONCERN_HIGH"
  | "CONCERN_LOW"
  | "NEITHER_HIGH"
  | "NEITHER_LOW"
  | "NONE";
/**
 * Making Data Count assurance icon codes: the latest segment's limits against the target. WITHHELD:
 * the process is visibly changing (a trend or shift runs to the latest month), so its limits do not
 * describe what it will do next and say nothing about the target.
 */
export type AssuranceIcon = "PASS" | "FAIL" | "HIT_OR_MISS" | "WITHHELD" | "NONE";

/** A stretch of the series with one set of limits (a new one starts at each declared process change). */
export interface XmrSegment {
  start: MonthKey;
  end: MonthKey;
  /** Mean of the baseline points. */
  centre: number;
  /** centre ∓ 2.66 × meanMovingRange. */
  lower: number;
  upper: number;
  /** centre ∓ ⅔ × 2.66 × meanMovingRange. */
  lowerTwoSigma: number;
  upperTwoSigma: number;
  meanMovingRange: number;
  /** Points in the segment (not only the baseline). */
  pointCount: number;
  /** Limits from fewer than trialBelow baseline points. */
  isTrial: boolean;
}

export interface XmrPoint {
  period: MonthKey;
  value: number;
  /** Index into XmrResult.segments; −1 when the point's segment has too few points for limits. */
  segmentIndex: number;
  /** Rules that fire on this point, in precedence order. */
  rules: SpcRule[];
  special: boolean;
  /** Side of the highest-precedence rule that fires (a rising trend is HIGH). */
  direction: "HIGH" | "LOW" | null;
  signal: SignalClass | null;
}

/** One run of points flagged by the same rule on the same side. */
export interface XmrSignal {
  rule: SpcRule;
  direction: "HIGH" | "LOW";
  from: MonthKey;
  to: MonthKey;
  periods: MonthKey[];
  classification: SignalClass;
}

export interface XmrResult {
  /**
   * TREND_ONLY: a rolling, "12 months to" or quarterly series, shown without limits: consecutive rolling
   * values share 11 of their 12 months, so limits computed from them would be far too narrow.
   */
  status: "OK" | "TRIAL" | "INSUFFICIENT" | "TREND_ONLY";
  /** Plain-words warning for TRIAL, INSUFFICIENT and TREND_ONLY; null when OK. */
  message: string | null;
  segments: XmrSegment[];
  points: XmrPoint[];
  signals: XmrSignal[];
  variation: VariationIcon;
  assurance: AssuranceIcon;
  /** Why assurance is withheld, in words; null otherwise. */
  assuranceNote: string | null;
  settings: { runLength: number; trendLength: number; twoOfThreeRule: string; screenMovingRanges: boolean };
}
