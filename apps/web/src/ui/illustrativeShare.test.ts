import { describe, expect, it } from "vitest";
import { illustrativeShare, isMostlyIllustrative } from "./illustrativeShare";

describe("illustrativeShare", () => {
  it("counts generated months across every series", () => {
    expect(illustrativeShare([[true, true, false], [false]])).toBe(0.5);
  });
  it("is 0 with no months", () => {
    expect(illustrativeShare([])).toBe(0);
    expect(illustrativeShare([[]])).toBe(0);
  });
  it("calls a page mostly illustrative only past a half", () => {
    expect(isMostlyIllustrative([[true, false]])).toBe(false);
    expect(isMostlyIllustrative([[true, true, false]])).toBe(true);
  });
});
