import { describe, expect, it } from "vitest";
import { sortBySeverity } from "./sortBySeverity";

describe("sortBySeverity", () => {
  it("puts the most severe first and keeps ties in order", () => {
    const items = [
      { id: "a", severity: 1 },
      { id: "b", severity: 3 },
      { id: "c", severity: 1 },
    ];
    expect(sortBySeverity(items).map((i) => i.id)).toEqual(["b", "a", "c"]);
  });
});
