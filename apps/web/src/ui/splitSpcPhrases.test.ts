import { describe, expect, it } from "vitest";
import { splitSpcPhrases } from "./splitSpcPhrases";

// Findings as the API words them for priority response time (mean), March – May 23.
describe("splitSpcPhrases", () => {
  it("finds the SPC phrase and names its glossary term", () => {
    expect(splitSpcPhrases("Concern: a rising trend, Aug-22 to Mar-23")).toEqual([
      { text: "Concern: a " },
      { text: "rising trend", term: "Trend" },
      { text: ", Aug-22 to Mar-23" },
    ]);
  });
  it("finds several phrases in one finding", () => {
    const parts = splitSpcPhrases("Concern: a run of months above the centre line, Sep-22 to Mar-23");
    expect(parts.filter((p) => p.term).map((p) => p.term)).toEqual(["Run (shift)", "Centre line"]);
    expect(parts.map((p) => p.text).join("")).toBe(
      "Concern: a run of months above the centre line, Sep-22 to Mar-23",
    );
  });
  it("leaves text without SPC words whole", () => {
    expect(splitSpcPhrases("Mar-23: 1:54:53 breaches the 1-hour SLA")).toEqual([
      { text: "Mar-23: 1:54:53 breaches the 1-hour SLA" },
    ]);
    expect(splitSpcPhrases("")).toEqual([]);
  });
});
