import { describe, expect, it } from "vitest";
import { monthTicks } from "./monthTicks";

const months = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);

describe("monthTicks", () => {
  it("labels every month when they all fit", () => {
    expect(monthTicks(months(5), 6)).toEqual(["m1", "m2", "m3", "m4", "m5"]);
  });

  it("always labels the latest month, spacing the rest evenly back from it", () => {
    expect(monthTicks(months(38), 6)).toEqual(["m3", "m10", "m17", "m24", "m31", "m38"]);
    expect(monthTicks(months(7), 6)).toEqual(["m1", "m3", "m5", "m7"]);
  });

  it("never shows more than the maximum", () => {
    for (let n = 1; n <= 60; n += 1) {
      const ticks = monthTicks(months(n), 6);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.at(-1)).toBe(`m${n}`);
    }
  });
});
