import { describe, expect, it } from "vitest";
import type { BenchmarkBar } from "../../charts/toBenchmarkBars";
import { benchmarkKeyEntries } from "./benchmarkKeyEntries";

const bar = (over: Partial<BenchmarkBar>): BenchmarkBar => ({
  name: "x",
  code: "x",
  value: 1,
  kind: "FORCE",
  isHome: false,
  illustrative: false,
  errorRange: null,
  lower: null,
  upper: null,
  periodEnd: "2022-12",
  rank: null,
  rankOutOf: null,
  ...over,
});

describe("benchmarkKeyEntries", () => {
  it("names the interval only where one is drawn", () => {
    // CSEW, 12 months to Dec 22: Wiltshire 76.8% (72.9% – 80.7%), England & Wales 68.5% (± 0.8 points).
    const csew = [
      bar({ isHome: true, lower: 72.9, upper: 80.7 }),
      bar({ kind: "NATIONAL", lower: 67.7, upper: 69.3 }),
    ];
    expect(benchmarkKeyEntries(csew).map((e) => e.role)).toEqual(["home", "NATIONAL", "interval"]);
    // Crimes per 1000: Wiltshire 58.61 against an MSG average of 72.20, no intervals.
    const crimes = [bar({ isHome: true }), bar({ kind: "MSG_AVERAGE" })];
    expect(benchmarkKeyEntries(crimes).map((e) => e.role)).toEqual(["home", "MSG_AVERAGE"]);
  });
  it("is empty without bars", () => {
    expect(benchmarkKeyEntries([])).toEqual([]);
  });
});
