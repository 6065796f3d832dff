/** The span one value of a metric covers: a month, a rolling 12 months, a survey year ("12 months to"), a quarter. */
export type MetricBasis = "DISCRETE_MONTH" | "ROLLING_12_MONTHS" | "TWELVE_MONTHS_TO" | "QUARTER";
