import { type Cacheable, type CacheSpec, VersionedCache } from "./VersionedCache.ts";

/** Freshness as one request sees it: the data version it reads at, and the caches checked against it. */
export interface RequestFreshness {
  /**
   * The database's data version, read at the first call and the same for the rest of the request,
   * as its DataLoaders read each key once. Read before the data it guards, so anything cached under
   * it is never older than it.
   */
  version(): Promise<string>;
  /**
   * Takes `version` as the request's version unless one is read or being read already. For a
   * statement that returns the version together with the data it guards, from one snapshot: the
   * request then needs no statement of its own for the version, and what that statement read can
   * be no older than the version it is cached under.
   */
  adoptVersion(version: string): void;
  /** This database's cache of that spec, made at first use. */
  cache<V extends Cacheable>(spec: CacheSpec<V>): VersionedCache<V>;
  /** The value under `key` at the request's version, computed and stored when there is none. */
  remember<V extends Cacheable>(spec: CacheSpec<V>, key: string, compute: () => V | Promise<V>): Promise<V>;
}

// Each spec maps to a cache of its own value type; the map cannot say so, so lookups cast.
type Caches = Map<object, unknown>;

// One set of caches per database: tests run several servers in one process, each with its own
// database, whose versions count independently and so can be equal over different data. Keyed by
// the object that stands for one database handle (the process's Repositories), so the caches go
// when it does.
const cachesByDatabase = new WeakMap<object, Caches>();

function cachesOf(database: object): Caches {
  let caches = cachesByDatabase.get(database);
  if (!caches) {
    caches = new Map();
    cachesByDatabase.set(database, caches);
  }
  return caches;
}

/**
 * A request's view of freshness over `database` (the handle that stands for one database: a second
 * handle, as a second replica holds, has caches of its own), reading the version with `readVersion`
 * at most once.
 */
export function requestFreshness(database: object, readVersion: () => Promise<string>): RequestFreshness {
  const caches = cachesOf(database);
  let version: Promise<string> | undefined;

  function cache<V extends Cacheable>(spec: CacheSpec<V>): VersionedCache<V> {
    let found = caches.get(spec) as VersionedCache<V> | undefined;
    if (!found) {
      found = new VersionedCache(spec);
      caches.set(spec, found);
    }
    return found;
  }

  function readOnce(): Promise<string> {
    // A failed read is not kept: the next caller tries again and meets the database's own error.
    version ??= readVersion().catch((error: unknown) => {
      version = undefined;
      throw error;
    });
    return version;
  }

  return {
    version: readOnce,
    adoptVersion(read) {
      version ??= Promise.resolve(read);
    },
    cache,
    async remember(spec, key, compute) {
      // The version first: what compute reads is then no older than the version it is stored under.
      const at = await readOnce();
      const store = cache(spec);
      const hit = store.get(key, at);
      if (hit !== undefined) return hit;
      const value = await compute();
      store.set(key, at, value);
      return value;
    },
  };
}
