import type { SeedObservation } from "./types.ts";

/** The natural key of an observation, matching the database's unique constraint. */
export function observationKey(o: SeedObservation): string {
  return [o.metricId, o.area, o.breakdown, o.periodStart, o.periodEnd].join("|");
}
