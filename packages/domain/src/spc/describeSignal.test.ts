import { describe, expect, it } from "vitest";
import { describeSignal } from "./describeSignal.ts";

describe("describeSignal", () => {
  it("names the rule and side in plain words, with the report's month labels", () => {
    expect(describeSignal({ rule: "TREND", direction: "HIGH", from: "2022-08", to: "2023-03" })).toBe(
      "a rising trend, Aug-22 to Mar-23",
    );
    expect(describeSignal({ rule: "SHIFT", direction: "LOW", from: "2022-04", to: "2023-02" })).toBe(
      "a run of months below the centre line, Apr-22 to Feb-23",
    );
    expect(describeSignal({ rule: "TWO_OF_THREE", direction: "HIGH", from: "2023-01", to: "2023-03" })).toBe(
      "two of three months close to the upper control limit, Jan-23 to Mar-23",
    );
  });

  it("gives one month when the signal is a single point", () => {
    expect(
      describeSignal({ rule: "OUTSIDE_LIMITS", direction: "HIGH", from: "2023-03", to: "2023-03" }),
    ).toBe("above the upper control limit, Mar-23");
    expect(describeSignal({ rule: "OUTSIDE_LIMITS", direction: "LOW", from: "2022-12", to: "2022-12" })).toBe(
      "below the lower control limit, Dec-22",
    );
  });
});
