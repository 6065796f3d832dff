import { describe, expect, it } from "vitest";
import { quarterAfter } from "./quarterAfter.ts";

// The report's own quarter is "March – May 23" (code 2023-Q-MAR-MAY, data to Mar-23); the quarters
// after it are named by the one rule every quarter is (reportingQuarter), across the turn of the year too.
describe("quarterAfter", () => {
  it.each([
    [
      { start: "2023-03", end: "2023-05", dataMonth: "2023-03" },
      "2023-Q-JUN-AUG",
      "June – Aug 23",
      "2023-06",
      "2023-08",
      "2023-06",
    ],
    [
      { start: "2023-06", end: "2023-08", dataMonth: "2023-06" },
      "2023-Q-SEP-NOV",
      "Sept – Nov 23",
      "2023-09",
      "2023-11",
      "2023-09",
    ],
    [
      { start: "2023-09", end: "2023-11", dataMonth: "2023-09" },
      "2023-Q-DEC-FEB",
      "Dec – Feb 24",
      "2023-12",
      "2024-02",
      "2023-12",
    ],
    [
      { start: "2023-12", end: "2024-02", dataMonth: "2023-12" },
      "2024-Q-MAR-MAY",
      "March – May 24",
      "2024-03",
      "2024-05",
      "2024-03",
    ],
  ])("after %o comes %s", (quarter, code, label, start, end, dataMonth) => {
    expect(quarterAfter(quarter)).toEqual({ code, label, start, end, dataMonth });
  });
});
