export type MetricUnitName = "PERCENT" | "SECONDS" | "COUNT" | "DAYS" | "RATE_PER_1000";

/** What validation needs to know about the rows a file may refer to. */
export interface ImportReference {
  metrics: Map<string, { unit: MetricUnitName }>;
  /** Area code → Area.id. */
  areas: Map<string, number>;
  /** Comparator code → Comparator.id. */
  comparators: Map<string, number>;
}
