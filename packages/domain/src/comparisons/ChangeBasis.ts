/**
 * What a metric's headline change is judged against, as the report states it:
 * - YEAR_ON_YEAR: the 12 months to the month against the 12 months before ("Crime commission to Mar-23
 *   … an increase of 6.1% YoY"). Monthly counts are summed over each 12 months; a rolling or
 *   "12 months to" value is compared with its value a year earlier, which covers the same two spans.
 * - SAME_MONTH_LAST_YEAR: the month against the same month a year earlier.
 * - PREVIOUS_3_MONTHS: the month against the mean of the three months before it ("a reduction of
 *   -10.9 percentage point compared to the previous 3 months").
 * - PREVIOUS_QUARTER: the figure against the one published a quarter earlier ("UP 15 days from previous
 *   quarter", "+1.8%pts compared to last quarter to September 2022").
 * - NONE: the report judges no change for the metric.
 */
export type ChangeBasis =
  | "YEAR_ON_YEAR"
  | "SAME_MONTH_LAST_YEAR"
  | "PREVIOUS_3_MONTHS"
  | "PREVIOUS_QUARTER"
  | "NONE";
