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
});
