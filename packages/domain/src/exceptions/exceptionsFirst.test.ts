import { describe, expect, it } from "vitest";
import { exceptionsFirst } from "./exceptionsFirst.ts";

type Item = { id: string; severity: number };
const ids = (items: Item[]) => exceptionsFirst(items, (i) => i.id).map((i) => i.id);

// The report's "exceptions first" page lists what needs attention, worst first. Severities are the
// sums assessException weighs (a point beyond the limits 5, a trend 3, a missed target 2 …).
describe("exceptionsFirst", () => {
  it.each([
    ["nothing", [], []],
    ["severity 0 needs no attention", [{ id: "a", severity: 0 }], []],
    [
      "most severe first",
      [
        { id: "burglary", severity: 2 },
        { id: "priority-response-mean", severity: 7 },
        { id: "abandoned-101", severity: 5 },
      ],
      ["priority-response-mean", "abandoned-101", "burglary"],
    ],
    [
      "ties by id",
      [
        { id: "c", severity: 3 },
        { id: "a", severity: 3 },
        { id: "b", severity: 3 },
      ],
      ["a", "b", "c"],
    ],
    [
      "zero left out among others",
      [
        { id: "a", severity: 0 },
        { id: "b", severity: 2 },
      ],
      ["b"],
    ],
  ] as [string, Item[], string[]][])("%s", (_case, items, expected) => {
    expect(ids(items)).toEqual(expected);
  });

  it("leaves its input as it was", () => {
    const items = [
      { id: "a", severity: 1 },
      { id: "b", severity: 2 },
    ];
    exceptionsFirst(items, (i) => i.id);
    expect(items.map((i) => i.id)).toEqual(["a", "b"]);
  });
});
