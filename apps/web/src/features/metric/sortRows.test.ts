import { describe, expect, it } from "vitest";
import { sortRows } from "./sortRows";

const rows = [
  { period: "2023-01", value: 3 as number | null },
  { period: "2023-02", value: null },
  { period: "2023-03", value: 1 },
];

describe("sortRows", () => {
  it("sorts numbers both ways with nulls last", () => {
    expect(sortRows(rows, "value", "ascending").map((r) => r.period)).toEqual([
      "2023-03",
      "2023-01",
      "2023-02",
    ]);
    expect(sortRows(rows, "value", "descending").map((r) => r.period)).toEqual([
      "2023-01",
      "2023-03",
      "2023-02",
    ]);
  });
  it("sorts strings", () => {
    expect(sortRows(rows, "period", "descending")[0]?.period).toBe("2023-03");
  });
  it("orders month keys as the collator would, without building one", () => {
    const months = ["2023-10", "2022-12", "2023-02", "2023-1", "2023-09"].map((period) => ({ period }));
    const byCollator = [...months].sort((a, b) => new Intl.Collator().compare(a.period, b.period));
    expect(sortRows(months, "period", "ascending")).toEqual(byCollator);
  });
  it("orders other text with the collator", () => {
    const names = ["beta", "Alpha", "1:54:53", "12:26"].map((name) => ({ name }));
    const byCollator = [...names].sort((a, b) => new Intl.Collator().compare(a.name, b.name));
    expect(sortRows(names, "name", "ascending")).toEqual(byCollator);
  });
});
