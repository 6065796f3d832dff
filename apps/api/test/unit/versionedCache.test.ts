import { describe, expect, it } from "vitest";
import { VersionedCache } from "../../src/cache/VersionedCache.ts";

describe("VersionedCache", () => {
  it("answers only a reader at the version the entry was stored at", () => {
    const cache = new VersionedCache<string>({ maxEntries: 10 });
    cache.set("k", "7", "seven");
    expect(cache.get("k", "7")).toBe("seven");
    expect(cache.get("k", "8")).toBeUndefined();
    expect(cache.get("k", "6")).toBeUndefined();
  });

  it("holds one entry per key: a newer version replaces the older", () => {
    const cache = new VersionedCache<string>({ maxEntries: 10 });
    cache.set("k", "7", "seven");
    cache.set("k", "8", "eight");
    expect(cache.size).toBe(1);
    expect(cache.get("k", "7")).toBeUndefined();
    expect(cache.get("k", "8")).toBe("eight");
  });

  it("keeps a stored null apart from a miss", () => {
    const cache = new VersionedCache<number | null>({ maxEntries: 10 });
    cache.set("empty", "1", null);
    expect(cache.get("empty", "1")).toBeNull();
    expect(cache.get("other", "1")).toBeUndefined();
  });

  it("evicts the least recently used entries beyond a count", () => {
    const cache = new VersionedCache<number>({ maxEntries: 2 });
    cache.set("x", "1", 1);
    cache.set("y", "1", 2);
    expect(cache.get("x", "1")).toBe(1); // x is now the most recent
    cache.set("z", "1", 3);
    expect([cache.get("x", "1"), cache.get("y", "1"), cache.get("z", "1")]).toEqual([1, undefined, 3]);
  });

  it("evicts by total size, counts a replaced entry once, and refuses one bigger than the whole", () => {
    const cache = new VersionedCache<string>({ maxSize: 10, sizeOf: (value) => value.length });
    cache.set("a", "1", "aaaaaa"); // 6
    cache.set("a", "1", "aaaaaaa"); // 7, not 13
    cache.set("b", "1", "bbb"); // 10: both fit
    expect([cache.get("a", "1"), cache.get("b", "1")]).toEqual(["aaaaaaa", "bbb"]);
    cache.set("c", "1", "cccc"); // 14 > 10: a, the least recently used, goes
    expect([cache.get("a", "1"), cache.get("b", "1"), cache.get("c", "1")]).toEqual([
      undefined,
      "bbb",
      "cccc",
    ]);
    cache.set("huge", "1", "h".repeat(11));
    expect(cache.get("huge", "1")).toBeUndefined();
    expect(cache.get("c", "1")).toBe("cccc");
  });

  it("counts an empty value as size 1, so entries of nothing are bounded too", () => {
    const cache = new VersionedCache<string[]>({ maxSize: 2, sizeOf: (rows) => rows.length });
    for (const key of ["p", "q", "r"]) cache.set(key, "1", []);
    expect(cache.size).toBe(2);
  });
});
