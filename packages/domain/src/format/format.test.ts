import { describe, expect, it } from "vitest";
import { formatChange } from "./formatChange.ts";
import { formatDurationWords } from "./formatDurationWords.ts";
import { formatSla } from "./formatSla.ts";
import { formatValue } from "./formatValue.ts";

// Expected strings are the report's own: "7.5%", "12:26", "1:54:53", "11m 41 secs", "1,435", "58.61".
describe("formatValue", () => {
  it.each([
    [7.5, "PERCENT", "7.5%"],
    [41, "PERCENT", "41.0%"],
    [746, "SECONDS", "12:26"],
    [6893, "SECONDS", "1:54:53"],
    [701, "SECONDS", "11:41"],
    [2816, "SECONDS", "46:56"],
    [48, "SECONDS", "0:48"],
    [3600, "SECONDS", "1:00:00"],
    [1435, "COUNT", "1,435"],
    [1234567, "COUNT", "1,234,567"],
    [-1017, "COUNT", "-1,017"],
    [63, "DAYS", "63 days"],
    [1, "DAYS", "1 day"],
    [58.61, "RATE_PER_1000", "58.61"],
    [72.2, "RATE_PER_1000", "72.20"],
  ] as const)("%s %s → %s", (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it("takes a decimals override", () => {
    expect(formatValue(7.456, "PERCENT", { decimals: 2 })).toBe("7.46%");
    expect(formatValue(-0.04, "PERCENT")).toBe("0.0%");
  });
});

describe("formatDurationWords and formatSla", () => {
  it.each([
    [701, "11m 41 secs"],
    [48, "48 secs"],
    [454, "7m 34 secs"],
    [151, "2m 31 secs"],
    [6893, "1h 54m 53 secs"],
    [1, "1 sec"],
  ])("%i → %s", (seconds, text) => {
    expect(formatDurationWords(seconds)).toBe(text);
  });

  it("says SLAs in words", () => {
    expect(formatSla(3600)).toBe("1 hour");
    expect(formatSla(7200)).toBe("2 hours");
    expect(formatSla(900)).toBe("15 minutes");
    expect(formatSla(95)).toBe("1:35");
  });
});

describe("formatChange", () => {
  const change = (
    difference: number | null,
    percent: number | null,
    expressedAs: "PERCENT" | "POINTS" | "UNITS",
  ) => ({
    base: 1,
    difference,
    percent,
    expressedAs,
    significant: null,
  });
  it.each([
    [change(1.2, 10, "POINTS"), "PERCENT", "+1.2pp"],
    [change(-10.9, -21, "POINTS"), "PERCENT", "-10.9pp"],
    [change(61, 6.1, "PERCENT"), "COUNT", "+6.1%"],
    [change(-1, -0.1, "PERCENT"), "COUNT", "-0.1%"],
    // The report: "No change from previous quarter", "UP 15 days from previous quarter".
    [change(0, 0, "PERCENT"), "COUNT", "no change"],
    [change(-0.04, -0.04, "POINTS"), "PERCENT", "no change"],
    [change(15, 31.25, "UNITS"), "DAYS", "+15 days"],
    [change(-17, -8.6, "UNITS"), "DAYS", "-17 days"],
    [change(null, null, "PERCENT"), "COUNT", "n/a"],
  ] as const)("%j → %s", (c, unit, text) => {
    expect(formatChange(c, unit)).toBe(text);
  });
});
