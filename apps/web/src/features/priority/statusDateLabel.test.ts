import { describe, expect, it } from "vitest";
import { statusDateLabel } from "./statusDateLabel";

describe("statusDateLabel", () => {
  it.each([
    // The report "March – May 23" ends on 31 May 2023 (its last month's last day).
    ["2023-05-31", "31 May 2023"],
    ["2023-12-31", "31 December 2023"],
    // 2024 is a leap year.
    ["2024-02-29", "29 February 2024"],
    ["2023-01-01", "1 January 2023"],
    // Not a date: shown as given rather than "Invalid Date".
    ["soon", "soon"],
  ])("%s → %s", (iso, expected) => {
    expect(statusDateLabel(iso)).toBe(expected);
  });
});
