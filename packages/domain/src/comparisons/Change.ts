/**
 * A comparison of a value with a base. Rates (PERCENT metrics) are compared in percentage points
 * (expressedAs "POINTS"), days as a difference in days ("UNITS"), everything else in percent ("PERCENT").
 */
export interface Change {
  /** The value compared against (last year's month, the mean of the previous months…); null when missing. */
  base: number | null;
  /** value − base, in the metric's unit (percentage points for PERCENT metrics). */
  difference: number | null;
  /** (value − base) / |base| × 100; null when the base is missing or zero. */
  percent: number | null;
  expressedAs: "PERCENT" | "POINTS" | "UNITS";
  /** |difference| beyond the margin of error; null when no margin is known. */
  significant: boolean | null;
}
