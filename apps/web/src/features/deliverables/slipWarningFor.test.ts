import { describe, expect, it } from "vitest";
import { slipWarningFor } from "./slipWarningFor";

// The API's rule sentence for 40 % done with 75 % of 1 Mar – 31 Dec 2023 gone (packages/domain slipRisk).
const RULE =
  "Likely to be late: 40% done with 75% of the time from 1 Mar 2023 to 31 Dec 2023 gone; " +
  "flagged when progress trails the share of time gone by more than 25 points, once a third of the time has gone.";

describe("slipWarningFor", () => {
  it("warns when likely to be late, with the share of time gone and the rule", () => {
    expect(slipWarningFor({ status: "LIKELY_LATE", expectedProgress: 75, rule: RULE })).toEqual({
      headline: "Likely to be late: 75% of the time gone",
      rule: RULE,
    });
  });

  it.each(["ON_TRACK", "OVERDUE", "COMPLETE", "NOT_ENOUGH_INFO"] as const)(
    "says nothing when %s",
    (status) => {
      expect(slipWarningFor({ status, expectedProgress: 10, rule: "On track: …" })).toBeNull();
    },
  );
});
