import { describe, expect, it } from "vitest";
import { pickerOptions } from "./pickerOptions";

const quarter = { code: "2023-Q-MAR-MAY", label: "March – May 23" };

describe("pickerOptions", () => {
  it("offers only the report quarters", () => {
    expect(pickerOptions([quarter], "2023-Q-MAR-MAY")).toEqual([quarter]);
    expect(pickerOptions([quarter], "")).toEqual([quarter]);
  });
  it("keeps a month from an older link, named as a month", () => {
    expect(pickerOptions([quarter], "2023-01")).toEqual([
      quarter,
      { code: "2023-01", label: "Jan-23 (one month of data)" },
    ]);
  });
});
