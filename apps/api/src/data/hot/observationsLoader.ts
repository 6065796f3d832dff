import DataLoader from "dataloader";
import type pg from "pg";
import type { ObservationRecord } from "../records.ts";
import { fetchObservationsIfChanged } from "./fetchObservationsIfChanged.ts";

interface Cached {
  version: string;
  rows: readonly ObservationRecord[];
}

// One cache per database (tests run several servers, each with its own database, in one process).
// An entry is replaced when its metric's data version changes, so it holds at most one list per
// metric, and every request checks versions first: replicas never serve rows another one changed.
const caches = new WeakMap<pg.Pool, Map<string, Cached>>();

function cacheFor(pool: pg.Pool): Map<string, Cached> {
  let cache = caches.get(pool);
  if (!cache) {
    cache = new Map();
    caches.set(pool, cache);
  }
  return cache;
}

/**
 * Observations by metric, oldest period first. The lists are shared between requests: callers
 * filter or map them but never change them.
 */
export function observationsLoader(pool: pg.Pool) {
  const cache = cacheFor(pool);
  return new DataLoader<string, ObservationRecord[]>(async (metricIds) => {
    // Held here, not looked up again later: another request may replace an entry meanwhile.
    const hits = new Map<string, Cached>();
    const known = new Map<string, string>();
    for (const id of metricIds) {
      const hit = cache.get(id);
      if (hit) {
        hits.set(id, hit);
        known.set(id, hit.version);
      }
    }
    const { versions, rows } = await fetchObservationsIfChanged(pool, metricIds, known);
    const fresh = new Map<string, ObservationRecord[]>();
    for (const row of rows) {
      const list = fresh.get(row.metricId);
      if (list) list.push(row);
      else fresh.set(row.metricId, [row]);
    }
    return metricIds.map((id) => {
      const version = versions.get(id);
      if (version === undefined) {
        cache.delete(id);
        return [];
      }
      const changed = fresh.get(id);
      if (changed) cache.set(id, { version, rows: changed });
      return (changed ?? hits.get(id)?.rows ?? []) as ObservationRecord[];
    });
  });
}
