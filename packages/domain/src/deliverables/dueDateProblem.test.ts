import { describe, expect, it } from "vitest";
import { dueDateProblem } from "./dueDateProblem.ts";

const NOT_A_DAY = "must be a real date written YYYY-MM-DD, e.g. 2023-12-31";

describe("dueDateProblem", () => {
  it.each([
    // [case, dueDate, startDate, problem]
    ["a day after the start", "2023-12-31", "2023-03-01", null],
    ["no start date to compare with", "2023-12-31", null, null],
    ["29 February in a leap year", "2024-02-29", null, null],
    ["29 February in another year", "2023-02-29", null, NOT_A_DAY],
    ["30 February", "2024-02-30", null, NOT_A_DAY],
    ["month 13", "2023-13-01", null, NOT_A_DAY],
    ["the report's wording, not a date", "Q4 2023", null, NOT_A_DAY],
    ["a day without leading zeros", "2023-3-1", null, NOT_A_DAY],
    ["a date with a time", "2023-12-31T00:00:00Z", null, NOT_A_DAY],
    ["blank", "", null, NOT_A_DAY],
    ["the start day itself", "2023-03-01", "2023-03-01", "must be after the start date, 1 Mar 2023"],
    ["before the start", "2023-02-28", "2023-03-01", "must be after the start date, 1 Mar 2023"],
  ])("%s", (_case, dueDate, startDate, problem) => {
    expect(dueDateProblem(dueDate, startDate)).toBe(problem);
  });
});
