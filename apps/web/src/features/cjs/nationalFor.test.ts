import { describe, expect, it } from "vitest";
import { nationalFor } from "./nationalFor";

// Report, CJS scorecard "Improving timeliness": Oct to Dec 22, police to charge, nationally 49 days.
const national = (value: number, periodEnd: string) => ({
  value,
  periodEnd,
  comparator: { kind: "NATIONAL" },
});

describe("nationalFor", () => {
  it("matches the force's period", () => {
    expect(nationalFor([national(40, "2022-09"), national(49, "2022-12")], "2022-09")).toBe(40);
  });
  it("falls back to the newest national figure", () => {
    expect(nationalFor([national(40, "2022-09"), national(49, "2022-12")], "2023-03")).toBe(49);
  });
  it("ignores other comparators", () => {
    expect(
      nationalFor([{ value: 1, periodEnd: "2022-12", comparator: { kind: "FORCE" } }], "2022-12"),
    ).toBeNull();
  });
});
