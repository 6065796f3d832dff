import DataLoader from "dataloader";
import type pg from "pg";
import type { RequestFreshness } from "../../cache/requestFreshness.ts";
import type { CacheSpec } from "../../cache/VersionedCache.ts";
import type { ObservationRecord } from "../records.ts";
import { fetchObservationsByMetricIds } from "./fetchObservationsByMetricIds.ts";

// Bounded by rows, a few hundred bytes each: 40 times the seeded report's 2,600, room for 300
// metrics' ten-year monthly series in about three areas.
const OBSERVATIONS_BY_METRIC: CacheSpec<ObservationRecord[]> = {
  maxSize: 100_000,
  sizeOf: (rows) => rows.length,
};

/**
 * Observations by metric, oldest period first, kept between requests for as long as the data
 * version is unchanged: a request at the version they were read at costs no statement for them.
 * The lists are shared between requests: callers filter or map them but never change them.
 */
export function observationsLoader(pool: pg.Pool, freshness: RequestFreshness) {
  const cache = freshness.cache(OBSERVATIONS_BY_METRIC);
  return new DataLoader<string, ObservationRecord[]>(async (metricIds) => {
    const version = await freshness.version();
    // Held here, not looked up again later: another request may replace an entry meanwhile.
    const found = new Map<string, ObservationRecord[]>();
    for (const id of metricIds) {
      const hit = cache.get(id, version);
      if (hit) found.set(id, hit);
    }
    const missing = metricIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      for (const id of missing) found.set(id, []);
      for (const row of await fetchObservationsByMetricIds(pool, missing)) {
        found.get(row.metricId)?.push(row);
      }
      for (const id of missing) cache.set(id, version, found.get(id)!);
    }
    return metricIds.map((id) => found.get(id) ?? []);
  });
}
