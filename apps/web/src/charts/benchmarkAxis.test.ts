import { describe, expect, it } from "vitest";
import { benchmarkAxis } from "./benchmarkAxis";

describe("benchmarkAxis", () => {
  it.each([
    // CSEW confidence: Wiltshire's interval reaches 80.7%.
    [80.7, [0, 20, 40, 60, 80, 100]],
    // CJS days to charge: 63 days against 49 nationally.
    [63, [0, 20, 40, 60, 80]],
    // Crown Court: 250 days nationally.
    [250, [0, 50, 100, 150, 200, 250]],
    // Day of trial withdrawals: 1.8% against 1.1%.
    [1.8, [0, 0.5, 1, 1.5, 2]],
    [100, [0, 20, 40, 60, 80, 100]],
  ])("%d → %j", (max, ticks) => {
    expect(benchmarkAxis(max).ticks).toEqual(ticks);
    expect(benchmarkAxis(max).top).toBe(ticks.at(-1));
  });
  it("has an axis when every value is 0", () => {
    expect(benchmarkAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});
