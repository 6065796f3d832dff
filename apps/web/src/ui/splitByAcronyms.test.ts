import { describe, expect, it } from "vitest";
import { isMarkableAcronym, splitByAcronyms } from "./splitByAcronyms";

// Sentences from the report (Wiltshire Quarterly PCC Highlight Report, March – May 23).
describe("splitByAcronyms", () => {
  it("marks acronyms as whole words", () => {
    expect(splitByAcronyms("FAT Outcome Rate - RASSO", ["FAT", "RASSO"])).toEqual([
      { text: "FAT", acronym: "FAT" },
      { text: " Outcome Rate - " },
      { text: "RASSO", acronym: "RASSO" },
    ]);
  });
  it("prefers the longer acronym and does not match inside words", () => {
    expect(splitByAcronyms("DASP and DA", ["DA", "DASP"])).toEqual([
      { text: "DASP", acronym: "DASP" },
      { text: " and " },
      { text: "DA", acronym: "DA" },
    ]);
    expect(splitByAcronyms("DATA", ["DA"])).toEqual([{ text: "DATA" }]);
  });
  it("handles acronyms with punctuation", () => {
    expect(splitByAcronyms("S&H outstanding suspects", ["S&H"])[0]).toEqual({ text: "S&H", acronym: "S&H" });
  });
  it("is case-sensitive", () => {
    expect(splitByAcronyms("a fat cat", ["FAT"])).toEqual([{ text: "a fat cat" }]);
  });
  it("returns the text whole when there are no acronyms", () => {
    expect(splitByAcronyms("plain", [])).toEqual([{ text: "plain" }]);
  });
});

describe("isMarkableAcronym", () => {
  it.each([
    ["MSG", true],
    ["OoCD", true],
    ["S&H", true],
    ["Op", false],
    ["Median", false],
  ])("%s → %s", (acronym, expected) => {
    expect(isMarkableAcronym(acronym)).toBe(expected);
  });
});
