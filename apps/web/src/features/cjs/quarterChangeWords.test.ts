import { describe, expect, it } from "vitest";
import type { MetricUnit } from "../../gql/graphql";
import { quarterChangeWords } from "./quarterChangeWords";

const quarter = (difference: number, base: number) => ({
  changeBasis: "PREVIOUS_QUARTER",
  difference,
  base,
  text: "(API text)",
  against: "on the previous quarter (Jul to Sep 22)",
});

describe("quarterChangeWords", () => {
  // Report, CJS score cards, Oct to Dec 22 against Jul to Sep 22: each figure and the words printed under it.
  it.each<[string, number, number, number, MetricUnit, string]>([
    ["days to charge 63", 63, 15, 48, "DAYS", "Up 15 days from previous quarter"],
    ["CPS charge 97", 97, 60, 37, "DAYS", "Up 60 days from previous quarter"],
    ["Crown Court 181", 181, -17, 198, "DAYS", "Down 17 days from previous quarter"],
    [
      "no support for police action 25%",
      25,
      5,
      20,
      "PERCENT",
      "Up 5 percentage points from previous quarter",
    ],
    ["withdraws on the day 1.8%", 1.8, -1, 2.8, "PERCENT", "Down 1.0 percentage point from previous quarter"],
    ["cases stopped 11%", 11, 0, 11, "PERCENT", "No change from previous quarter"],
    ["successful outcome 9%", 9, -2, 11, "PERCENT", "Down 2 percentage points from previous quarter"],
    ["completed trial 92%", 92, -3, 95, "PERCENT", "Down 3 percentage points from previous quarter"],
    ["correct decisions 100%", 100, 0, 100, "PERCENT", "No change from previous quarter"],
  ])("%s", (_, value, difference, base, unit, expected) => {
    expect(quarterChangeWords(quarter(difference, base), value, unit)).toBe(expected);
  });

  it("a difference below the published precision is no change", () => {
    expect(quarterChangeWords(quarter(0.2, 11), 11.2, "PERCENT")).toBe(
      "Up 0.2 percentage points from previous quarter",
    );
    expect(quarterChangeWords(quarter(0.0000001, 11), 11, "PERCENT")).toBe("No change from previous quarter");
  });

  it("one day is singular", () => {
    expect(quarterChangeWords(quarter(-1, 64), 63, "DAYS")).toBe("Down 1 day from previous quarter");
  });

  it("another basis keeps the API's words", () => {
    const change = {
      changeBasis: "YEAR_ON_YEAR",
      difference: 1,
      base: 1,
      text: "+6.1%",
      against: "year on year",
    };
    expect(quarterChangeWords(change, 2, "COUNT")).toBe("+6.1% year on year");
  });
});
