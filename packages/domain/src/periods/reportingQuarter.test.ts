import { describe, expect, it } from "vitest";
import { reportingQuarter } from "./reportingQuarter.ts";

describe("reportingQuarter", () => {
  // Expected values: the seeded report's quarter ("2023-Q-MAR-MAY", "March – May 23") and the next
  // quarter's title as the plan's owners write it ("June – Aug 23").
  it.each([
    ["2023-03", "2023-Q-MAR-MAY", "March – May 23", "2023-05"],
    ["2023-06", "2023-Q-JUN-AUG", "June – Aug 23", "2023-08"],
    ["2023-09", "2023-Q-SEP-NOV", "Sept – Nov 23", "2023-11"],
    ["2023-12", "2023-Q-DEC-FEB", "Dec – Feb 24", "2024-02"],
  ])("starting %s is %s, %s", (start, code, label, end) => {
    expect(reportingQuarter(start)).toEqual({ code, label, start, end });
  });
});
