import { describe, expect, it } from "vitest";
import { splitAgainst } from "./splitAgainst";

// The API's Change.against, as its schema documents it.
describe("splitAgainst", () => {
  it.each([
    [
      "year on year (12 months to Mar-23 against the 12 months to Mar-22)",
      "year on year",
      "12 months to Mar-23 against the 12 months to Mar-22",
    ],
    ["on the previous 3 months (Dec-22 to Feb-23)", "on the previous 3 months", "Dec-22 to Feb-23"],
    ["on the previous quarter (Jul to Sep 22)", "on the previous quarter", "Jul to Sep 22"],
    ["on Mar-22", "on Mar-22", null],
  ])("%s", (against, comparison, months) => {
    expect(splitAgainst(against)).toEqual({ comparison, months });
  });
});
