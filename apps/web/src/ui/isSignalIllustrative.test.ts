import { describe, expect, it } from "vitest";
import { isSignalIllustrative } from "./isSignalIllustrative";

describe("isSignalIllustrative", () => {
  const generatedTrend = { to: "2023-03", illustrative: true };
  const publishedPoint = { to: "2023-03", illustrative: false };
  const oldGenerated = { to: "2021-05", illustrative: true };
  it("is true when a signal reaching the latest flagged month rests on generated months", () => {
    expect(isSignalIllustrative("CONCERN_HIGH", [oldGenerated, publishedPoint, generatedTrend])).toBe(true);
  });
  it("ignores generated signals that ended earlier", () => {
    expect(isSignalIllustrative("CONCERN_HIGH", [oldGenerated, publishedPoint])).toBe(false);
  });
  it("is false for normal variation, whatever the history", () => {
    expect(isSignalIllustrative("COMMON_CAUSE", [generatedTrend])).toBe(false);
    expect(isSignalIllustrative("NONE", [])).toBe(false);
  });
});
