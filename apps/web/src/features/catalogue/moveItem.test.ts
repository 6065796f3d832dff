import { describe, expect, it } from "vitest";
import { moveItem } from "./moveItem";

describe("moveItem", () => {
  it.each([
    [1, -1, ["b", "a", "c"]],
    [0, 1, ["b", "a", "c"]],
    [2, -1, ["a", "c", "b"]],
    [0, -1, ["a", "b", "c"]],
    [2, 1, ["a", "b", "c"]],
  ] as const)("moves index %i by %i", (index, step, expected) => {
    expect(moveItem(["a", "b", "c"], index, step)).toEqual(expected);
  });
});
