import { describe, expect, it } from "vitest";
import { glossaryAnchor, glossaryHref } from "./glossaryAnchor";

describe("glossaryAnchor", () => {
  it.each([
    ["UCL", "ucl"],
    ["Special cause", "special-cause"],
    ["Run (shift)", "run-shift"],
    ["Percentage point (pp)", "percentage-point-pp"],
    ["S&H", "s-and-h"],
    ["DVPO/N", "dvpo-n"],
    ["Rolling 12 months", "rolling-12-months"],
  ])("%s → %s", (term, anchor) => {
    expect(glossaryAnchor(term)).toBe(anchor);
  });
  it("links to the glossary page", () => {
    expect(glossaryHref("Common cause")).toBe("/glossary#common-cause");
  });
});
