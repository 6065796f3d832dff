/**
 * A small least-recently-used cache, bounded by the total weight of its entries (by default each
 * weighs 1, so the bound is a count). Used for answers cached under a key that includes the data's
 * version, so several stateless replicas never serve a stale answer: a write anywhere changes the
 * key everywhere.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private totalWeight = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    // One entry heavier than the whole cache would only evict everything else.
    if (weight > this.capacity) return;
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.totalWeight <= this.capacity) break;
      this.entries.delete(oldest);
      this.totalWeight -= entry.weight;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }
}
