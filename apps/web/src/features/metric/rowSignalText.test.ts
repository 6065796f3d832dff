import { describe, expect, it } from "vitest";
import { rowSignalText, type SignalSpan } from "./rowSignalText";

// The priority response time (mean) signals as the API gives them for March – May 23.
const trend: SignalSpan = {
  rule: "TREND",
  direction: "HIGH",
  from: "2022-08",
  to: "2023-03",
  classification: "CONCERN",
  illustrative: true,
};
const beyond: SignalSpan = {
  rule: "OUTSIDE_LIMITS",
  direction: "HIGH",
  from: "2023-03",
  to: "2023-03",
  classification: "CONCERN",
  illustrative: false,
};

describe("rowSignalText", () => {
  it("says each signal covering the month in the domain's words", () => {
    expect(rowSignalText("2023-03", [trend, beyond], { hasLimits: true })).toBe(
      "Concern: a rising trend, Aug-22 to Mar-23 (includes illustrative months); Concern: above the upper control limit, Mar-23",
    );
  });
  it("is normal variation where no signal covers the month", () => {
    expect(rowSignalText("2022-07", [trend], { hasLimits: true })).toBe("Normal variation");
  });
  it("states no signal without limits", () => {
    expect(rowSignalText("2023-03", [trend], { hasLimits: false })).toBe("No limits");
  });
});
