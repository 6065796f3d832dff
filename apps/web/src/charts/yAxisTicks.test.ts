import { describe, expect, it } from "vitest";
import { toXmrRows } from "./toXmrRows";
import { tickScaleFor, yAxisTicks } from "./yAxisTicks";

// Priority response (mean) around its 1-hour SLA, report March – May 23: latest 1:54:53 (6893 s).
const response = toXmrRows(
  {
    periods: ["2023-01", "2023-02", "2023-03"],
    values: [3300, 4100, 6893],
    lower: [null, null, null],
    upper: [null, null, null],
    illustrative: [false, false, false],
  },
  {
    points: [],
    segments: [{ start: "2023-01", end: "2023-03", centre: 4764, upper: 7000, lower: 2528, isTrial: true }],
  },
);

describe("yAxisTicks", () => {
  it("covers the values, the limits and the SLA at round clock values", () => {
    // 2528 s (42:08) to 7000 s (1:56:40): 15-minute steps from 30:00 to 2:00:00.
    expect(yAxisTicks(response, 3600, "duration")).toEqual([1800, 2700, 3600, 4500, 5400, 6300, 7200]);
  });

  it("takes in a target outside the data", () => {
    const ticks = yAxisTicks(response, 10800, "duration");
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(10800);
  });

  it("gives nothing for an empty chart", () => {
    expect(yAxisTicks({ rows: [], segmentCount: 0, processChanges: [] }, null, "decimal")).toEqual([]);
  });

  it.each([
    ["SECONDS", "duration"],
    ["COUNT", "whole"],
    ["PERCENT", "decimal"],
    ["DAYS", "decimal"],
    ["RATE_PER_1000", "decimal"],
  ])("%s is counted as %s", (unit, scale) => {
    expect(tickScaleFor(unit)).toBe(scale);
  });
});
