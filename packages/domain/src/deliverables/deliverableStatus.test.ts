import { describe, expect, it } from "vitest";
import { deliverableStatus } from "./deliverableStatus.ts";
import { statusDateFor } from "./statusDateFor.ts";

// The rule (SDL, DeliverableStatus): COMPLETE at 100 %; OVERDUE once the due date has passed;
// AT_RISK when due within 92 days (a quarter at most) and under 75 % done; otherwise ON_TRACK.
// Days below are counted by calendar from the as-at date.
describe("deliverableStatus", () => {
  it.each([
    // [case, progress, dueDate, asOf, expected]
    ["100 % is complete even when late", 100, "2023-04-30", "2023-05-31", "COMPLETE"],
    ["no derivable due date is on track", 10, null, "2023-05-31", "ON_TRACK"],
    ["due the day before is overdue", 99, "2023-05-30", "2023-05-31", "OVERDUE"],
    ["due on the as-at day is not yet overdue", 10, "2023-05-31", "2023-05-31", "AT_RISK"],
    // Report: "June 23" at 50 % (priority 1), as at 31 May 2023: 30 days left.
    ["June 23 at 50 % as at 31 May 2023", 50, "2023-06-30", "2023-05-31", "AT_RISK"],
    ["the same at 75 % is on track", 75, "2023-06-30", "2023-05-31", "ON_TRACK"],
    ["exactly 92 days left is still at risk", 10, "2023-08-31", "2023-05-31", "AT_RISK"],
    ["93 days left is on track", 10, "2023-09-01", "2023-05-31", "ON_TRACK"],
    // Report: "Q4 2023" at 40 % (priority 1): 214 days left on 31 May 2023.
    ["Q4 2023 at 40 % as at 31 May 2023", 40, "2023-12-31", "2023-05-31", "ON_TRACK"],
    // The same deliverable read today (after 2023) is overdue: why status takes a period.
    ["Q4 2023 at 40 % as at 31 May 2024", 40, "2023-12-31", "2024-05-31", "OVERDUE"],
  ] as const)("%s", (_case, progress, dueDate, asOf, expected) => {
    expect(deliverableStatus({ progress, dueDate }, asOf)).toBe(expected);
  });
});

// The as-at day is the last day of the period's last month (the report "March – May 23" is as at
// 31 May 2023); February follows the Gregorian leap-year rule.
describe("statusDateFor", () => {
  it.each([
    ["2023-05", "2023-05-31"],
    ["2023-12", "2023-12-31"],
    ["2023-06", "2023-06-30"],
    ["2024-02", "2024-02-29"],
    ["2023-02", "2023-02-28"],
    ["1900-02", "1900-02-28"],
  ])("%s → %s", (periodEnd, expected) => {
    expect(statusDateFor(periodEnd)).toBe(expected);
  });
});
