import { describe, expect, it } from "vitest";
import { periodLabel } from "./periodLabel";

describe("periodLabel", () => {
  it.each([
    [{ label: "June – Aug 23", status: "DRAFT" }, "June – Aug 23 (draft)"],
    [{ label: "March – May 23", status: "PUBLISHED" }, "March – May 23"],
    [{ label: "Mar-23" }, "Mar-23"],
  ])("%o is offered as %s", (period, expected) => {
    expect(periodLabel(period)).toBe(expected);
  });
});
