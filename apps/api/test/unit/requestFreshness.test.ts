import { describe, expect, it } from "vitest";
import { requestFreshness } from "../../src/cache/requestFreshness.ts";
import type { CacheSpec } from "../../src/cache/VersionedCache.ts";

describe("requestFreshness", () => {
  const SPEC: CacheSpec<string> = { maxEntries: 10 };

  function countingReader(versions: string[]) {
    let reads = 0;
    return {
      read: async () => versions[Math.min(reads++, versions.length - 1)]!,
      reads: () => reads,
    };
  }

  it("reads the version once per request, however many ask, and again for the next request", async () => {
    const database = {};
    const reader = countingReader(["1", "2"]);
    const first = requestFreshness(database, reader.read);
    expect(await Promise.all([first.version(), first.version(), first.version()])).toEqual(["1", "1", "1"]);
    expect(reader.reads()).toBe(1);
    expect(await requestFreshness(database, reader.read).version()).toBe("2");
    expect(reader.reads()).toBe(2);
  });

  it("does not keep a failed read: the next call asks the database again", async () => {
    let fail = true;
    const freshness = requestFreshness({}, async () => {
      if (fail) throw new Error("database unreachable");
      return "5";
    });
    await expect(freshness.version()).rejects.toThrow("database unreachable");
    fail = false;
    expect(await freshness.version()).toBe("5");
  });

  it("remembers a value for later requests at the same version, and computes again at a new one", async () => {
    const database = {};
    let computed = 0;
    const compute = () => `value ${++computed}`;
    const atVersion = (version: string) => requestFreshness(database, async () => version);
    expect(await atVersion("1").remember(SPEC, "k", compute)).toBe("value 1");
    expect(await atVersion("1").remember(SPEC, "k", compute)).toBe("value 1");
    expect(await atVersion("2").remember(SPEC, "k", compute)).toBe("value 2");
    expect(computed).toBe(2);
  });

  it("keeps each database's caches apart, even at equal versions", async () => {
    const one = requestFreshness({}, async () => "1");
    const other = requestFreshness({}, async () => "1");
    await one.remember(SPEC, "k", () => "from one");
    expect(await other.remember(SPEC, "k", () => "from other")).toBe("from other");
    expect(one.cache(SPEC)).not.toBe(other.cache(SPEC));
  });

  it("gives every request over one database the same cache for a spec", () => {
    const database = {};
    const read = async () => "1";
    expect(requestFreshness(database, read).cache(SPEC)).toBe(requestFreshness(database, read).cache(SPEC));
  });
});
