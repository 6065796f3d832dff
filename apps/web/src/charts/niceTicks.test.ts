import { describe, expect, it } from "vitest";
import { niceTicks } from "./niceTicks";

// Ranges from the March – May 23 report's charts: CCH answer time (0:48 – 12:26), priority response
// (mean) around its 1-hour SLA (up to 1:54:53), 101 abandonment 6.5–9.0%, intelligence reports ~1,000–1,435.
describe("niceTicks", () => {
  it.each([
    [40, 110, [30, 45, 60, 75, 90, 105, 120]], // 0:30 0:45 1:00 … 2:00
    [40, 170, [30, 60, 90, 120, 150, 180]], // 0:30 1:00 1:30 … 3:00
    [48, 746, [0, 120, 240, 360, 480, 600, 720, 840]], // 0:00 2:00 … 14:00
    [2700, 6893, [2700, 3600, 4500, 5400, 6300, 7200]], // 45:00 1:00:00 1:15:00 … 2:00:00
    [3000, 3900, [3000, 3300, 3600, 3900]], // 50:00 55:00 1:00:00 1:05:00
  ])("durations %i–%i s → %j", (min, max, ticks) => {
    expect(niceTicks(min, max, "duration")).toEqual(ticks);
  });

  it.each([
    [6.6, 9.1, [6.5, 7, 7.5, 8, 8.5, 9, 9.5]],
    [0, 100, [0, 20, 40, 60, 80, 100]],
    [41, 52, [40, 42, 44, 46, 48, 50, 52]],
    [0.12, 0.19, [0.12, 0.14, 0.16, 0.18, 0.2]],
  ])("decimals %s–%s → %j", (min, max, ticks) => {
    expect(niceTicks(min, max, "decimal")).toEqual(ticks);
  });

  it.each([
    [1017, 1435, [1000, 1100, 1200, 1300, 1400, 1500]],
    [1109, 1196, [1100, 1120, 1140, 1160, 1180, 1200]],
    [2, 5, [2, 3, 4, 5]],
  ])("whole numbers %i–%i → %j", (min, max, ticks) => {
    expect(niceTicks(min, max, "whole")).toEqual(ticks);
  });

  it("gives a flat series room above and below", () => {
    expect(niceTicks(60, 60, "duration")).toEqual([50, 60, 70]);
    expect(niceTicks(0, 0, "whole")).toEqual([-1, 0, 1]);
  });

  it("gives nothing for no range", () => {
    expect(niceTicks(Number.NaN, 1, "decimal")).toEqual([]);
    expect(niceTicks(2, 1, "decimal")).toEqual([]);
  });
});
