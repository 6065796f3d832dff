import { describe, expect, it } from "vitest";
import { daysBetween } from "./daysBetween.ts";

// Counted by calendar: 2024 is a leap year (Gregorian rule), 2023 is not; 26 Mar 2023 is the UK's
// change to summer time, which must not lose a day.
describe("daysBetween", () => {
  it.each([
    ["2023-03-01", "2023-12-31", 305],
    ["2023-03-01", "2023-03-01", 0],
    ["2023-03-02", "2023-03-01", -1],
    ["2024-02-01", "2024-03-01", 29],
    ["2023-02-01", "2023-03-01", 28],
    ["2023-03-25", "2023-03-27", 2],
    ["2023-01-01", "2024-01-01", 365],
  ])("%s to %s is %i days", (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });
});
