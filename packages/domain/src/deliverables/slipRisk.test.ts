import { describe, expect, it } from "vitest";
import { parseDueText } from "../periods/parseDueText.ts";
import { SLIP_RULE, slipRisk } from "./slipRisk.ts";

// Hand-worked on a deliverable started 1 Mar 2023 and due 31 Dec 2023: 305 days from start to due
// (Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 30 to the 31st).
// Expected progress = days gone ÷ 305, as a whole percent; flagged when progress trails it by more
// than 25 points once a third of the time (101.7 days) has gone.
const START = "2023-03-01";
const DUE = "2023-12-31";

describe("slipRisk", () => {
  it.each([
    // [case, progress, asOf, status, expectedProgress, shortfall]
    // 16 Oct: 229 days gone (214 to 1 Oct, then 15); 229 / 305 = 75.1 % → 75.
    ["40 % with 75 % of the time gone trails by 35", 40, "2023-10-16", "LIKELY_LATE", 75, 35],
    ["49 % trails by 26: just past the tolerance", 49, "2023-10-16", "LIKELY_LATE", 75, 26],
    ["50 % trails by exactly 25: not flagged", 50, "2023-10-16", "ON_TRACK", 75, 25],
    ["90 % is ahead: no shortfall", 90, "2023-10-16", "ON_TRACK", 75, 0],
    // 31 May: 91 days gone; 91 / 305 = 29.8 % → 30. Under a third gone, so nothing is flagged yet.
    ["nothing done under a third of the way is not flagged", 0, "2023-05-31", "ON_TRACK", 30, 30],
    // 10 Jun: 101 days (33.1 %, under a third); 11 Jun: 102 days (33.4 %, past it) → 33.
    ["the day before a third has gone", 0, "2023-06-10", "ON_TRACK", 33, 33],
    ["the day a third has gone", 7, "2023-06-11", "LIKELY_LATE", 33, 26],
    ["on the start day nothing is expected", 0, START, "ON_TRACK", 0, 0],
    // Due on the as-at day is not yet overdue (deliverableStatus), so the whole time has gone.
    ["60 % on the due day", 60, DUE, "LIKELY_LATE", 100, 40],
    ["overdue the day after, as deliverableStatus says", 60, "2024-01-01", "OVERDUE", 100, 40],
    ["100 % is complete even when late", 100, "2024-05-31", "COMPLETE", null, null],
    ["not started yet: nothing expected", 0, "2023-02-15", "ON_TRACK", 0, 0],
  ] as const)("%s", (_case, progress, asOf, status, expectedProgress, shortfall) => {
    expect(slipRisk({ progress, startDate: START, dueDate: DUE, asOf })).toMatchObject({
      status,
      expectedProgress,
      shortfall,
    });
  });

  it.each([
    ["no start date", null, DUE, "No forecast: no start date is recorded."],
    ["no due date", START, null, "No forecast: no due date can be read."],
    [
      "due before it starts",
      "2023-04-01",
      "2023-03-31",
      "No forecast: the due date 31 Mar 2023 is not after the start date 1 Apr 2023.",
    ],
    [
      "due the day it starts",
      START,
      START,
      "No forecast: the due date 1 Mar 2023 is not after the start date 1 Mar 2023.",
    ],
  ] as const)("%s is not enough to forecast", (_case, startDate, dueDate, rule) => {
    expect(slipRisk({ progress: 10, startDate, dueDate, asOf: "2023-02-01" })).toEqual({
      status: "NOT_ENOUGH_INFO",
      expectedProgress: null,
      shortfall: null,
      rule,
    });
  });

  it("is overdue without a start date: overdue needs only the due date", () => {
    expect(slipRisk({ progress: 40, startDate: null, dueDate: DUE, asOf: "2024-05-31" }).status).toBe(
      "OVERDUE",
    );
  });

  it("states the verdict, the figures and the rule in words", () => {
    expect(slipRisk({ progress: 40, startDate: START, dueDate: DUE, asOf: "2023-10-16" }).rule).toBe(
      "Likely to be late: 40% done with 75% of the time from 1 Mar 2023 to 31 Dec 2023 gone; " +
        "flagged when progress trails the share of time gone by more than 25 points, once a third of the time has gone.",
    );
    expect(slipRisk({ progress: 90, startDate: START, dueDate: DUE, asOf: "2023-10-16" }).rule).toBe(
      `On track: 90% done with 75% of the time from 1 Mar 2023 to 31 Dec 2023 gone; ${SLIP_RULE}.`,
    );
    expect(slipRisk({ progress: 60, startDate: START, dueDate: DUE, asOf: "2024-01-01" }).rule).toBe(
      "Overdue: 60% done, due 31 Dec 2023 and not complete by 1 Jan 2024.",
    );
    expect(slipRisk({ progress: 100, startDate: START, dueDate: DUE, asOf: "2023-10-16" }).rule).toBe(
      "Complete: 100% done.",
    );
    expect(slipRisk({ progress: 0, startDate: START, dueDate: DUE, asOf: "2023-02-15" }).rule).toBe(
      "On track: starts 1 Mar 2023.",
    );
  });

  // The report's "Q4 2023" at 40 % (priority 1), read as at 31 May 2023 from the start of the
  // March – May 23 quarter: 91 of 305 days gone (30 %), so on track; by 16 Oct 2023 at the same
  // progress it is likely to be late, well before deliverableStatus calls it overdue.
  it("warns on a report deliverable before it is overdue", () => {
    const dueDate = parseDueText("Q4 2023")?.date ?? null;
    expect(slipRisk({ progress: 40, startDate: START, dueDate, asOf: "2023-05-31" }).status).toBe("ON_TRACK");
    expect(slipRisk({ progress: 40, startDate: START, dueDate, asOf: "2023-10-16" }).status).toBe(
      "LIKELY_LATE",
    );
  });
});
