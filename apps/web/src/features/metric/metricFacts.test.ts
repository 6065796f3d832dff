import { describe, expect, it } from "vitest";
import { basisText, lagText } from "./metricFacts";

describe("metric facts", () => {
  it("states the lag plainly", () => {
    // Report: "satisfaction data will always be reported one month in arrears"
    expect(lagText(1)).toBe("Reported 1 month in arrears");
    expect(lagText(3)).toBe("Reported 3 months in arrears");
    expect(lagText(0)).toBe("Reported in the month it covers");
  });
  it("explains the basis", () => {
    expect(basisText("ROLLING_12_MONTHS")).toMatch(/^Rolling 12 months/);
  });
});
