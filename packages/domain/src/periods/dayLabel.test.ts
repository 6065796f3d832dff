import { describe, expect, it } from "vitest";
import { dayLabel } from "./dayLabel.ts";

describe("dayLabel", () => {
  it.each([
    ["2023-03-01", "1 Mar 2023"],
    ["2023-12-31", "31 Dec 2023"],
    ["2024-02-29", "29 Feb 2024"],
    ["not a date", "not a date"],
    ["2023-13-01", "2023-13-01"],
  ])("%s → %s", (isoDate, label) => {
    expect(dayLabel(isoDate)).toBe(label);
  });
});
