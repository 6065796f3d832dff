import { describe, expect, it } from "vitest";
import { assuranceMeaning, everySignalMeaning, trendOnlyMeaning, variationMeaning } from "./signalMeaning";

describe("signal meanings", () => {
  it("names concern and improvement in plain words as well as tone", () => {
    expect(variationMeaning("CONCERN_HIGH")).toMatchObject({
      text: "Concern: higher than expected",
      tone: "concern",
      glyph: "up",
      glossaryTerm: "Special cause",
    });
    expect(variationMeaning("IMPROVEMENT_LOW").text).toBe("Improvement: lower than expected");
    expect(variationMeaning("COMMON_CAUSE").text).toBe("Normal variation");
  });
  it("says what the target badges promise, and when it promises nothing", () => {
    expect(assuranceMeaning("NONE")).toBeNull();
    expect(assuranceMeaning("PASS")?.text).toBe("Consistently meets target");
    expect(assuranceMeaning("FAIL")).toMatchObject({ text: "Consistently misses target", glyph: "cross" });
    expect(assuranceMeaning("HIT_OR_MISS")?.text).toBe("Sometimes meets target");
    expect(assuranceMeaning("WITHHELD")?.text).toBe("Target assurance withheld — process changing");
  });
  it("names the kind of trend a series without limits is", () => {
    expect(trendOnlyMeaning("ROLLING_12_MONTHS").text).toBe("Trend only (rolling 12 months)");
    expect(trendOnlyMeaning("QUARTER").text).toBe("Trend only (quarterly)");
  });
  it("gives every badge a meaning and a glossary word", () => {
    for (const m of everySignalMeaning()) {
      expect(m.meaning.length).toBeGreaterThan(20);
      expect(m.glossaryTerm).not.toBe("");
    }
  });
});
