import { describe, expect, it } from "vitest";
import { describeSignalFinding } from "./describeSignalFinding.ts";
import { monthSignalText } from "./monthSignalText.ts";
import type { SignalSpan } from "./SignalSpan.ts";

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

describe("monthSignalText", () => {
  it("says each signal covering the month in the domain's words", () => {
    expect(monthSignalText("2023-03", [trend, beyond], { hasLimits: true })).toBe(
      "Concern: a rising trend, Aug-22 to Mar-23 (includes illustrative months); Concern: above the upper control limit, Mar-23",
    );
  });
  it("is normal variation where no signal covers the month", () => {
    expect(monthSignalText("2022-07", [trend], { hasLimits: true })).toBe("Normal variation");
  });
  it("states no signal without limits", () => {
    expect(monthSignalText("2023-03", [trend], { hasLimits: false })).toBe("No limits");
  });
  it.each([
    [
      "the first month of a run",
      "2022-08",
      "Concern: a rising trend, Aug-22 to Mar-23 (includes illustrative months)",
    ],
    ["a month after every signal", "2023-04", "Normal variation"],
  ])("%s (%s)", (_case, month, expected) => {
    expect(monthSignalText(month, [trend, beyond], { hasLimits: true })).toBe(expected);
  });
});

// Classes as the Making Data Count icons name them: a concern, an improvement, and for a metric with
// no better direction (neutral polarity) an unusual month, neither better nor worse.
describe("describeSignalFinding", () => {
  it.each([
    ["CONCERN", false, "Concern: a rising trend, Aug-22 to Mar-23"],
    ["IMPROVEMENT", false, "Improvement: a rising trend, Aug-22 to Mar-23"],
    ["NEUTRAL", false, "Unusual: a rising trend, Aug-22 to Mar-23"],
    ["CONCERN", true, "Concern: a rising trend, Aug-22 to Mar-23 (includes illustrative months)"],
  ] as const)("%s, illustrative %s → %s", (classification, illustrative, expected) => {
    expect(describeSignalFinding({ ...trend, classification }, illustrative)).toBe(expected);
  });
});
