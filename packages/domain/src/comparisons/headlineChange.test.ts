import { describe, expect, it } from "vitest";
import { series } from "../../test/series.ts";
import { defaultChangeBasis } from "./defaultChangeBasis.ts";
import { headlineChange } from "./headlineChange.ts";

// 24 months of a monthly count: 100 a month for the 12 months to Mar-22, then 106.1 a month.
const counts = series("2021-04", [...Array(12).fill(100), ...Array(12).fill(106.1)]);

describe("headlineChange", () => {
  it("YEAR_ON_YEAR on monthly counts sums each 12 months (the report's 'Crime commission to Mar-23 … +6.1% YoY')", () => {
    const c = headlineChange({
      points: counts,
      period: "2023-03",
      unit: "COUNT",
      basis: "DISCRETE_MONTH",
      changeBasis: "YEAR_ON_YEAR",
    })!;
    expect(c.base).toBeCloseTo(1200, 10);
    expect(c.text).toBe("+6.1%");
    expect(c.against).toBe("year on year (12 months to Mar-23 against the 12 months to Mar-22)");
    expect(c.illustrative).toBe(false);
  });

  it("YEAR_ON_YEAR differs from the same month a year earlier when one month stands out", () => {
    const spiky = counts.map((p) => (p.period === "2022-03" ? { ...p, value: 200 } : p));
    const yoy = headlineChange({
      points: spiky,
      period: "2023-03",
      unit: "COUNT",
      basis: "DISCRETE_MONTH",
      changeBasis: "YEAR_ON_YEAR",
    })!;
    const month = headlineChange({
      points: spiky,
      period: "2023-03",
      unit: "COUNT",
      basis: "DISCRETE_MONTH",
      changeBasis: "SAME_MONTH_LAST_YEAR",
    })!;
    expect(yoy.text).toBe("-2.1%");
    expect(month.text).toBe("-47.0%");
    expect(month.against).toBe("on Mar-22");
  });

  it("YEAR_ON_YEAR on a rolling rate compares the value a year earlier, in points ('+1.2% year on year' of a R12 rate)", () => {
    const rolling = series("2022-03", [11.8, ...Array(11).fill(12), 13]);
    const c = headlineChange({
      points: rolling,
      period: "2023-03",
      unit: "PERCENT",
      basis: "ROLLING_12_MONTHS",
      changeBasis: "YEAR_ON_YEAR",
    })!;
    expect(c.expressedAs).toBe("POINTS");
    expect(c.text).toBe("+1.2pp");
    expect(c.periodLabel).toBe("12 months to Mar-23");
  });

  it("PREVIOUS_3_MONTHS: THRIVE+ 41% against 51, 52, 52.7 is -10.9pp, beyond the ±5 margin", () => {
    const c = headlineChange({
      points: series("2022-12", [51, 52, 52.7, 41]),
      period: "2023-03",
      unit: "PERCENT",
      basis: "DISCRETE_MONTH",
      changeBasis: "PREVIOUS_3_MONTHS",
      marginOfError: 5,
    })!;
    expect(c.text).toBe("-10.9pp");
    expect(c.significant).toBe(true);
    expect(c.against).toBe("on the previous 3 months (Dec-22 to Feb-23)");
  });

  it("PREVIOUS_QUARTER on CJS quarters: 'Oct to Dec 22 … 63 days, UP 15 days from previous quarter'", () => {
    const c = headlineChange({
      points: [
        { period: "2022-09", value: 48 },
        { period: "2022-12", value: 63 },
      ],
      period: "2022-12",
      unit: "DAYS",
      basis: "QUARTER",
      changeBasis: "PREVIOUS_QUARTER",
    })!;
    expect(c.text).toBe("+15 days");
    expect(c.periodLabel).toBe("Oct to Dec 22");
    expect(c.against).toBe("on the previous quarter (Jul to Sep 22)");
  });

  it("is illustrative when any month it uses is; null when a month is missing or the basis is NONE", () => {
    const marked = counts.map((p) => (p.period === "2021-06" ? { ...p, illustrative: true } : p));
    const args = { unit: "COUNT", basis: "DISCRETE_MONTH", changeBasis: "YEAR_ON_YEAR" } as const;
    expect(headlineChange({ ...args, points: marked, period: "2023-03" })!.illustrative).toBe(true);
    expect(headlineChange({ ...args, points: counts.slice(1), period: "2023-03" })).toBeNull();
    expect(headlineChange({ ...args, points: counts, period: "2023-03", changeBasis: "NONE" })).toBeNull();
  });
});

describe("defaultChangeBasis", () => {
  it.each([
    ["QUARTER", "DAYS", "PREVIOUS_QUARTER"],
    ["DISCRETE_MONTH", "COUNT", "YEAR_ON_YEAR"],
    ["ROLLING_12_MONTHS", "PERCENT", "YEAR_ON_YEAR"],
    ["TWELVE_MONTHS_TO", "PERCENT", "YEAR_ON_YEAR"],
    ["DISCRETE_MONTH", "PERCENT", "SAME_MONTH_LAST_YEAR"],
  ] as const)("%s %s → %s", (basis, unit, expected) => {
    expect(defaultChangeBasis(basis, unit)).toBe(expected);
  });
});
