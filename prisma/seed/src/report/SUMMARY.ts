// Breakdown names for averages the report states over a span of months (not monthly values), so they
// sit beside the monthly series without being mistaken for one of its points.
export const SUMMARY = {
  lastSixMonthsMean: "mean of the last 6 months",
  twelveMonthsBeforeNewModelMean: "mean of the 12 months before the new model",
  twoMonthTotal: "total of the 2 months",
} as const;
