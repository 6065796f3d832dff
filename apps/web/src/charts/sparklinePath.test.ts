import { describe, expect, it } from "vitest";
import { sparklinePath } from "./sparklinePath";

describe("sparklinePath", () => {
  it("scales the lowest value to the bottom and the highest to the top", () => {
    expect(sparklinePath([0, 10], 100, 20)).toBe("M0,20 L100,0");
  });
  it("draws a constant series at mid-height", () => {
    expect(sparklinePath([5, 5, 5], 10, 20)).toBe("M0,10 L5,10 L10,10");
  });
  it("breaks the line at a gap", () => {
    expect(sparklinePath([0, null, 10], 20, 10)).toBe("M0,10 M20,0");
  });
  it("is empty for no data", () => {
    expect(sparklinePath([], 10, 10)).toBe("");
  });
  it("places one point at the left edge", () => {
    expect(sparklinePath([3], 10, 10)).toBe("M0,5");
  });
});
