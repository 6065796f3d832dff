import { describe, expect, it } from "vitest";
import { tileChangeText } from "./tileChangeText";

describe("tileChangeText", () => {
  it("prefers year on year", () => {
    expect(
      tileChangeText({ yearOnYear: { text: "+6.1% YoY" }, previousThreeMonths: { text: "-10.9 pts" } }),
    ).toBe("+6.1% YoY");
  });
  it("falls back to the previous 3 months", () => {
    expect(tileChangeText({ yearOnYear: null, previousThreeMonths: { text: "-10.9 pts" } })).toBe(
      "-10.9 pts",
    );
  });
  it("is null with no comparison", () => {
    expect(tileChangeText(null)).toBeNull();
  });
});
