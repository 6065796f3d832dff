import { describe, expect, it } from "vitest";
import { nextSlide, presentationKeyAction } from "./presentationKeyAction";

describe("presentationKeyAction", () => {
  it.each([
    ["ArrowRight", false, "next"],
    ["PageDown", false, "next"],
    [" ", false, "next"],
    [" ", true, "previous"],
    ["ArrowLeft", false, "previous"],
    ["PageUp", false, "previous"],
    ["Escape", false, "exit"],
    ["Home", false, "first"],
    ["End", false, "last"],
    ["a", false, null],
  ] as const)("%j (shift %s) → %s", (key, shift, expected) => {
    expect(presentationKeyAction(key, shift)).toBe(expected);
  });
});

describe("nextSlide", () => {
  it("stays within the deck", () => {
    expect(nextSlide(1, "previous", 5)).toBe(1);
    expect(nextSlide(5, "next", 5)).toBe(5);
    expect(nextSlide(2, "next", 5)).toBe(3);
    expect(nextSlide(3, "last", 5)).toBe(5);
    expect(nextSlide(3, "first", 5)).toBe(1);
  });
});
