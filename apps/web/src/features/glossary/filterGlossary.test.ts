import { describe, expect, it } from "vitest";
import { filterGlossary } from "./filterGlossary";

// Entries from the report's Terminology page.
const terms = [
  { acronym: "RASSO", meaning: "Rape & Serious Sexual Offences" },
  { acronym: "FAT", meaning: "Further Action Taken (charge/caution/penalty notice)" },
  { acronym: "MSG", meaning: "Most similar group" },
];

describe("filterGlossary", () => {
  it("sorts alphabetically", () => {
    expect(filterGlossary(terms, "").map((t) => t.acronym)).toEqual(["FAT", "MSG", "RASSO"]);
  });
  it("searches acronym and meaning without case", () => {
    expect(filterGlossary(terms, "similar").map((t) => t.acronym)).toEqual(["MSG"]);
    expect(filterGlossary(terms, "fat").map((t) => t.acronym)).toEqual(["FAT"]);
  });
});
