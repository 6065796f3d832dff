import { describe, expect, it } from "vitest";
import { isSectionTitleRepeated } from "./isSectionTitleRepeated";

// Titles from the March – May 23 report: Priority 4's "CJS Score card" pages and its force scorecard.
describe("isSectionTitleRepeated", () => {
  it.each([
    ["Improving timeliness", ["Improving timeliness"], true],
    ["Improving timeliness", ["IMPROVING TIMELINESS "], true],
    ["Score card", ["PUBLIC CONSULTATION"], false],
    ["Score card", ["Score card", "PUBLIC CONSULTATION"], false],
    ["Score card", [], false],
  ])("%j with sections %j → %s", (title, sections, expected) => {
    expect(isSectionTitleRepeated({ title, sections: sections.map((s) => ({ title: s })) })).toBe(expected);
  });
});
