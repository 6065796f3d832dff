import { describe, expect, it } from "vitest";
import { describeXmr } from "./describeXmr";
import { toXmrRows } from "./toXmrRows";

describe("describeXmr", () => {
  const data = toXmrRows(
    {
      periods: ["2023-02", "2023-03"],
      values: [8, 7.5],
      lower: [null, null],
      upper: [null, null],
      illustrative: [false, false],
    },
    {
      points: [{ periodEnd: "2023-03", special: true, signal: "IMPROVEMENT", rules: ["OUTSIDE_LIMITS"] }],
      segments: [
        { start: "2023-02", end: "2023-03", centre: 7.75, upper: 9, lower: 6.5, isTrial: true, label: null },
      ],
    },
  );
  it("states span, latest, limits and signals", () => {
    expect(describeXmr("101 abandonment rate", data, (v) => `${v}%`)).toBe(
      "101 abandonment rate from Feb-23 to Mar-23; latest 7.5% in Mar-23. Centre line 7.75%, control limits 6.5% to 9%. 1 special-cause point.",
    );
  });
  it("says a trend has no limits, and how many months are illustrative", () => {
    const trend = toXmrRows(
      {
        periods: ["2023-01", "2023-02", "2023-03"],
        values: [13, 12.9, 13],
        lower: [null, null, null],
        upper: [null, null, null],
        illustrative: [true, true, false],
      },
      { points: [], segments: [] },
    );
    expect(describeXmr("FAT rate", trend, (v) => `${v}%`, { isTrendOnly: true })).toBe(
      "FAT rate from Jan-23 to Mar-23; latest 13% in Mar-23. Shown as a trend, without control limits or special-cause signals. 2 of 3 months are illustrative (hollow markers).",
    );
  });
  it("says when there is no data", () => {
    expect(describeXmr("X", { rows: [], segmentCount: 0, processChanges: [] }, String)).toBe("X: no data.");
  });
});
