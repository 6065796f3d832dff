import { LRUCache } from "lru-cache";

/**
 * How a cache is bounded: by a count of entries, or by a total size that `sizeOf` measures in a unit
 * of the cache's choosing (bytes, rows). Declared once per kind of cached thing, as a module constant:
 * its identity names the cache (requestFreshness.ts makes one cache per spec and database).
 */
export type CacheSpec<V> = { maxEntries: number } | { maxSize: number; sizeOf: (value: V) => number };

/** Anything but undefined, which stands for a miss. */
export type Cacheable = NonNullable<unknown> | null;

interface Entry<V> {
  version: string;
  value: V;
}

/**
 * A least-recently-used cache (lru-cache) whose entries each carry the data version they were
 * computed at, and are returned only to a reader at that same version: the process's one rule for
 * what is fresh (data/dataVersion.ts reads the version). A key holds one entry, so an entry computed
 * at a newer version replaces the older one instead of sitting beside it.
 */
export class VersionedCache<V extends Cacheable> {
  private readonly entries: LRUCache<string, Entry<V>>;

  constructor(spec: CacheSpec<V>) {
    if ("maxEntries" in spec) {
      this.entries = new LRUCache({ max: spec.maxEntries });
    } else {
      const { sizeOf } = spec;
      // lru-cache wants a positive whole number; an empty list still occupies an entry.
      const sizeCalculation = (entry: Entry<V>) => Math.max(1, Math.ceil(sizeOf(entry.value)));
      // An entry bigger than the whole cache is not stored (lru-cache's maxEntrySize defaults to maxSize).
      this.entries = new LRUCache({ maxSize: spec.maxSize, sizeCalculation });
    }
  }

  /** The value stored under `key` at exactly `version`; undefined when absent or of another version. */
  get(key: string, version: string): V | undefined {
    const entry = this.entries.get(key);
    return entry?.version === version ? entry.value : undefined;
  }

  set(key: string, version: string, value: V): void {
    this.entries.set(key, { version, value });
  }

  get size(): number {
    return this.entries.size;
  }
}
