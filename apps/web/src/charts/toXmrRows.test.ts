import { describe, expect, it } from "vitest";
import { toXmrRows } from "./toXmrRows";

// A small hand-made series: two segments split by the Sep-22 "new 101 Operating Model" process change.
const series = {
  periods: ["2022-07", "2022-08", "2022-09", "2022-10"],
  values: [5, 6, 9, 10],
  lower: [null, null, 8, null],
  upper: [null, null, 10, null],
  illustrative: [false, false, false, true],
};
const spc = {
  points: [
    { periodEnd: "2022-08", special: false, signal: null, rules: [] },
    { periodEnd: "2022-10", special: true, signal: "CONCERN", rules: ["OUTSIDE_LIMITS"] },
  ],
  segments: [
    { start: "2022-07", end: "2022-08", centre: 5.5, upper: 8.2, lower: 2.8, isTrial: true, label: null },
    {
      start: "2022-09",
      end: "2022-10",
      centre: 9.5,
      upper: 12.2,
      lower: 6.8,
      isTrial: true,
      label: "New 101 model",
    },
  ],
};

describe("toXmrRows", () => {
  const data = toXmrRows(series, spc);

  it("labels months the report's way", () => {
    expect(data.rows.map((r) => r.label)).toEqual(["Jul-22", "Aug-22", "Sep-22", "Oct-22"]);
  });
  it("labels rows with the caller's names when given, e.g. quarters", () => {
    const quarters = toXmrRows(series, null, (p) => `quarter to ${p}`);
    expect(quarters.rows[3]?.label).toBe("quarter to 2022-10");
  });
  it("keys limits by segment so lines break at a process change", () => {
    expect(data.rows[1]?.centre_0).toBe(5.5);
    expect(data.rows[1]?.centre_1).toBeUndefined();
    expect(data.rows[2]?.centre_1).toBe(9.5);
    expect(data.segmentCount).toBe(2);
  });
  it("marks special-cause points with their class and rules", () => {
    expect(data.rows[3]).toMatchObject({ special: true, signal: "CONCERN", rules: ["OUTSIDE_LIMITS"] });
    expect(data.rows[0]).toMatchObject({ special: false, signal: null });
  });
  it("carries the confidence interval only where both bounds exist", () => {
    expect(data.rows[2]?.ciRange).toEqual([8, 10]);
    expect(data.rows[0]?.ciRange).toBeNull();
  });
  it("lists labelled process changes", () => {
    expect(data.processChanges).toEqual([
      { label: "New 101 model", period: "2022-09", periodLabel: "Sep-22" },
    ]);
  });
  it("copes with no SPC result", () => {
    const bare = toXmrRows(series, null);
    expect(bare.segmentCount).toBe(0);
    expect(bare.rows[0]?.centre).toBeNull();
    expect(bare.rows[3]?.illustrative).toBe(true);
  });
});
