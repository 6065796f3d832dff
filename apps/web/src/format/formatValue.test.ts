import { describe, expect, it } from "vitest";
import { formatValue } from "./formatValue";
import { monthLabel } from "./monthLabel";

// Expected strings are the report's own (Wiltshire Quarterly PCC Highlight Report, March – May 23).
describe("formatValue", () => {
  it.each([
    [7.5, "PERCENT", "7.5%"], // 101 abandonment rate for Mar-23
    [746, "SECONDS", "12:26"], // average immediate response time
    [6893, "SECONDS", "1:54:53"], // average priority response time
    [2816, "SECONDS", "46:56"], // median priority response time
    [1435, "COUNT", "1,435"], // County intelligence reports in Mar
    [58.61, "RATE_PER_1000", "58.61"], // crimes per 1,000 population
    [23, "DAYS", "23 days"], // overall time to charge, Jan-23
  ] as const)("%s %s → %s", (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  it("shows a dash for a missing value", () => {
    expect(formatValue(null, "COUNT")).toBe("–");
    expect(formatValue(Number.NaN, "PERCENT")).toBe("–");
  });
});

describe("monthLabel", () => {
  it.each([
    ["2023-03", "Mar-23"],
    ["2022-09", "Sep-22"],
    ["", ""],
  ])("%j → %j", (month, expected) => {
    expect(monthLabel(month)).toBe(expected);
  });
});
