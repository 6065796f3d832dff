import { describe, expect, it } from "vitest";
import { publishedDecimals } from "./publishedDecimals";

describe("publishedDecimals", () => {
  it.each([
    // Report, CJS score cards: "25%", "Nationally 28%"; "1.8%", "Nationally 1.1%"; "63 days".
    [[25, 20], 0],
    [[1.8, 2.8], 1],
    [[63, 48], 0],
    [[58.61], 2],
    // Floating-point noise from a stored difference (2.8 − 1.0) does not add decimals.
    [[1.7999999999999998], 1],
    [[null, undefined, Number.NaN], 0],
  ])("%j → %i", (figures, expected) => {
    expect(publishedDecimals(figures)).toBe(expected);
  });
});
