import { describe, expect, it } from "vitest";
import { buildSlides } from "./buildSlides";

describe("buildSlides", () => {
  it("puts exceptions first, most severe first, then priorities", () => {
    const slides = buildSlides(
      [
        { id: "a", severity: 1 },
        { id: "b", severity: 5 },
      ],
      [{ number: 1 }, { number: 2 }],
    );
    expect(slides.map((s) => (s.kind === "exception" ? s.exception.id : `P${s.priority.number}`))).toEqual([
      "b",
      "a",
      "P1",
      "P2",
    ]);
    expect(slides[0]).toMatchObject({ index: 1, of: 2 });
  });
  it("has only priorities without exceptions", () => {
    expect(buildSlides([], [{ number: 1 }])).toHaveLength(1);
  });
});
