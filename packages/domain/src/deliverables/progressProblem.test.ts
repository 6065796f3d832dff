import { describe, expect, it } from "vitest";
import { PROGRESS_RULE, progressProblem } from "./progressProblem.ts";

// Deliverable.progress is "0-100 %" as an Int (packages/graphql/schema.graphql).
describe("progressProblem", () => {
  it.each([0, 1, 55, 99, 100])("%i is a progress", (progress) => {
    expect(progressProblem(progress)).toBeNull();
  });

  it.each([150, 101, -1, 55.5, Number.NaN, Number.POSITIVE_INFINITY, null])("%s is refused", (progress) => {
    expect(progressProblem(progress)).toBe(PROGRESS_RULE);
  });
});
