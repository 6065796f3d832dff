import { describe, expect, it } from "vitest";
import type { CarriedLink } from "./CarriedLink.ts";
import { matchCarried } from "./matchCarried.ts";

const link = (id: string, carriedFromId: string | null = null): CarriedLink => ({ id, carriedFromId });

describe("matchCarried", () => {
  it.each([
    // [case, earlier, later, between, expected pairs as [later, earlier | null], dropped]
    ["carried from the earlier row", [link("1")], [link("2", "1")], [], [["2", "1"]], []],
    ["the same row in both", [link("1")], [link("1")], [], [["1", "1"]], []],
    [
      "two quarters on, through the row between",
      [link("1")],
      [link("3", "2")],
      [link("2", "1")],
      [["3", "1"]],
      [],
    ],
    ["a chain broken in between is new", [link("1")], [link("3", "2")], [], [["3", null]], ["1"]],
    [
      "added in the later quarter",
      [link("1")],
      [link("1"), link("9")],
      [],
      [
        ["1", "1"],
        ["9", null],
      ],
      [],
    ],
    ["not carried forward is dropped", [link("1"), link("4")], [link("2", "1")], [], [["2", "1"]], ["4"]],
    ["a circular chain ends as new", [link("1")], [link("5", "6")], [link("6", "5")], [["5", null]], ["1"]],
  ] as const)("%s", (_case, earlier, later, between, pairs, dropped) => {
    const match = matchCarried(earlier, later, between);
    expect(match.pairs.map((p) => [p.later.id, p.earlier?.id ?? null])).toEqual(pairs);
    expect(match.dropped.map((item) => item.id)).toEqual(dropped);
  });
});
