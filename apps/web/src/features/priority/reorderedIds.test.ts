import { describe, expect, it } from "vitest";
import { reorderedIds } from "./reorderedIds";

describe("reorderedIds", () => {
  it.each([
    { current: ["a", "b", "c"], retired: ["x"], index: 2, delta: -1, expected: ["a", "c", "b", "x"] },
    { current: ["a", "b", "c"], retired: [], index: 0, delta: 1, expected: ["b", "a", "c"] },
    // The first cannot move up and the last cannot move down: the order is unchanged.
    { current: ["a", "b"], retired: [], index: 0, delta: -1, expected: ["a", "b"] },
    { current: ["a", "b"], retired: ["x"], index: 1, delta: 1, expected: ["a", "b", "x"] },
  ] as const)("moves $index by $delta", ({ current, retired, index, delta, expected }) => {
    expect(reorderedIds(current, retired, index, delta)).toEqual(expected);
  });
});
