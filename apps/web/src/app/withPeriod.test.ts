import { describe, expect, it } from "vitest";
import { withPeriod } from "./withPeriod";

describe("withPeriod", () => {
  it("adds the period to a plain path", () => {
    expect(withPeriod("/priorities/1", "2023-Q-MAR-MAY")).toBe("/priorities/1?period=2023-Q-MAR-MAY");
  });
  it("appends to an existing query", () => {
    expect(withPeriod("/present?x=1", "2023-03")).toBe("/present?x=1&period=2023-03");
  });
  it("leaves the path alone without a period", () => {
    expect(withPeriod("/glossary", undefined)).toBe("/glossary");
  });
});
