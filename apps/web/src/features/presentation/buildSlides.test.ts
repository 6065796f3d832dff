import { describe, expect, it } from "vitest";
import { buildSlides, MAX_EXCEPTION_SLIDES } from "./buildSlides";

const label = (
  s: ReturnType<typeof buildSlides<{ id: string; severity: number }, { number: number }>>[number],
) =>
  s.kind === "exceptions" ? "summary" : s.kind === "exception" ? s.exception.id : `P${s.priority.number}`;

describe("buildSlides", () => {
  it("opens with the exceptions summary, then the exceptions in the API's order, then priorities", () => {
    const slides = buildSlides(
      [
        { id: "b", severity: 5 },
        { id: "a", severity: 1 },
      ],
      [{ number: 1 }, { number: 2 }],
    );
    expect(slides.map(label)).toEqual(["summary", "b", "a", "P1", "P2"]);
    expect(slides[1]).toMatchObject({ index: 1, of: 2 });
  });
  it("gives only the first (most severe) exceptions a slide of their own; the summary keeps them all", () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `e${20 - i}`, severity: 20 - i }));
    const slides = buildSlides(many, [{ number: 1 }]);
    expect(slides).toHaveLength(1 + MAX_EXCEPTION_SLIDES + 1);
    expect(slides[0]?.kind === "exceptions" && slides[0].exceptions).toHaveLength(21);
    expect(label(slides[1]!)).toBe("e20");
  });
  it("has only priorities without exceptions", () => {
    expect(buildSlides([], [{ number: 1 }]).map(label)).toEqual(["P1"]);
  });
});
