import { describe, expect, it } from "vitest";
import { toCsv } from "./toCsv";

describe("toCsv", () => {
  it("quotes only where needed and leaves gaps empty", () => {
    expect(
      toCsv(
        ["Month", "Value", "Note"],
        [
          ["2023-03", 1435, "County, low"],
          ["2023-04", null, 'a "b"'],
        ],
      ),
    ).toBe('Month,Value,Note\r\n2023-03,1435,"County, low"\r\n2023-04,,"a ""b"""');
  });
});
