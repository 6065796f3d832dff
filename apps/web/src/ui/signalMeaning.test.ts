import { describe, expect, it } from "vitest";
import { assuranceMeaning, variationMeaning } from "./signalMeaning";

describe("signal meanings", () => {
  it("names concern and improvement in words as well as tone", () => {
    expect(variationMeaning("CONCERN_HIGH")).toEqual({
      text: "Concern (higher)",
      tone: "concern",
      glyph: "up",
    });
    expect(variationMeaning("IMPROVEMENT_LOW").text).toBe("Improvement (lower)");
  });
  it("has no assurance icon without a target", () => {
    expect(assuranceMeaning("NONE")).toBeNull();
    expect(assuranceMeaning("FAIL")?.glyph).toBe("cross");
  });
});
