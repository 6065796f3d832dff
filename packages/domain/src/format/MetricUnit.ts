/**
 * How a metric's values are measured. SECONDS covers the report's answer and response times
 * ("12:26"), DAYS its time to charge, RATE_PER_1000 its crimes per 1000 population.
 */
export type MetricUnit = "PERCENT" | "SECONDS" | "COUNT" | "DAYS" | "RATE_PER_1000";
