import { describe, expect, it } from "vitest";
import { changeText } from "./changeText";

describe("changeText", () => {
  it("prefers year on year, and says so", () => {
    expect(changeText({ yearOnYear: { text: "+0.4pp" }, previousThreeMonths: { text: "-10.9pp" } })).toBe(
      "+0.4pp year on year",
    );
  });
  it("falls back to the previous 3 months, and says so", () => {
    expect(changeText({ yearOnYear: null, previousThreeMonths: { text: "-10.9pp" } })).toBe(
      "-10.9pp on the previous 3 months",
    );
  });
  it("is null with no comparison", () => {
    expect(changeText(null)).toBeNull();
    expect(changeText({ yearOnYear: null, previousThreeMonths: null })).toBeNull();
  });
});
