import { expect, it } from "vitest";
import { LruCache } from "../../src/services/shared/LruCache.ts";

it("evicts the least recently used entries until the total weight fits", () => {
  const cache = new LruCache<string>(10, (value) => value.length);
  cache.set("a", "aaaa"); // 4
  cache.set("b", "bbbb"); // 8
  expect(cache.get("a")).toBe("aaaa"); // a is now the most recent
  cache.set("c", "cccc"); // 12 > 10: b goes, not a
  expect(cache.get("b")).toBeUndefined();
  expect(cache.get("a")).toBe("aaaa");
  expect(cache.get("c")).toBe("cccc");
  expect(cache.size).toBe(2);
});

it("replaces an entry under the same key without counting it twice", () => {
  const cache = new LruCache<string>(10, (value) => value.length);
  cache.set("a", "aaaaaa"); // 6
  cache.set("a", "aaaaaaa"); // 7, not 13
  cache.set("b", "bbb"); // 10: both fit
  expect(cache.get("a")).toBe("aaaaaaa");
  expect(cache.get("b")).toBe("bbb");
});

it("does not store an entry heavier than the whole cache, and keeps the others", () => {
  const cache = new LruCache<string>(5, (value) => value.length);
  cache.set("small", "ss");
  cache.set("huge", "hhhhhhhhhh");
  expect(cache.get("huge")).toBeUndefined();
  expect(cache.get("small")).toBe("ss");
});

it("counts entries when no weight is given", () => {
  const cache = new LruCache<number>(2);
  cache.set("x", 1);
  cache.set("y", 2);
  cache.set("z", 3);
  expect([cache.get("x"), cache.get("y"), cache.get("z")]).toEqual([undefined, 2, 3]);
});
