import { describe, expect, it } from "vitest";
import { basisText, changeBasisText, lagText } from "./metricFacts";

describe("metric facts", () => {
  it("states the lag plainly", () => {
    // Report: "satisfaction data will always be reported one month in arrears"
    expect(lagText(1)).toBe("Reported 1 month in arrears");
    expect(lagText(3)).toBe("Reported 3 months in arrears");
    expect(lagText(0)).toBe("Reported in the month it covers");
  });
  it("says what a change is judged against", () => {
    // Report: "All Burglary to Mar-23 is reporting a 17.0% increase" (12 months to Mar-23 on the 12 before)
    expect(changeBasisText("YEAR_ON_YEAR")).toBe(
      "Year on year: the 12 months to the latest month against the 12 months before",
    );
    // Report: "a reduction of -10.9 percentage point compared to the previous 3 months"
    expect(changeBasisText("PREVIOUS_3_MONTHS")).toMatch(/three months before/);
  });
  it("explains the basis", () => {
    expect(basisText("ROLLING_12_MONTHS")).toMatch(/^Rolling 12 months/);
  });
});
