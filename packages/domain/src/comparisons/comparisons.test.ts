import { describe, expect, it } from "vitest";
import { series } from "../../test/series.ts";
import { changeVsPreviousMonths } from "./changeVsPreviousMonths.ts";
import { compareSurveys } from "./compareSurveys.ts";
import { meanVsMedian } from "./meanVsMedian.ts";
import { rollingVsDiscrete } from "./rollingVsDiscrete.ts";
import { surveyDifferenceSignificant } from "./surveyDifferenceSignificant.ts";
import { yearOnYear } from "./yearOnYear.ts";

describe("yearOnYear", () => {
  it("percent for volumes: 200 → 234 is +17.0%", () => {
    const c = yearOnYear(series("2022-03", [200, ...Array(11).fill(1), 234]), "2023-03", "COUNT")!;
    expect(c).toMatchObject({ base: 200, difference: 34, expressedAs: "PERCENT", significant: null });
    expect(c.percent).toBeCloseTo(17, 10);
  });

  it("points for rates: 76.9% → 67.0% is −9.9 points", () => {
    const c = yearOnYear(series("2022-03", [76.9, ...Array(11).fill(1), 67]), "2023-03", "PERCENT")!;
    expect(c.expressedAs).toBe("POINTS");
    expect(c.difference).toBeCloseTo(-9.9, 10);
  });

  it("null when last year's month is missing; no percent from a zero base; negative base uses |base|", () => {
    expect(yearOnYear(series("2022-04", Array(12).fill(5)), "2023-03", "COUNT")).toBeNull();
    expect(
      yearOnYear(series("2022-03", [0, ...Array(11).fill(1), 5]), "2023-03", "COUNT")!.percent,
    ).toBeNull();
    expect(
      yearOnYear(series("2022-03", [-10, ...Array(11).fill(1), -5]), "2023-03", "COUNT")!.percent,
    ).toBeCloseTo(50, 10);
  });
});

describe("changeVsPreviousMonths", () => {
  it("THRIVE: 41 against the mean of 51, 52, 52.7 (51.9) is −10.9 points, beyond a 5-point margin", () => {
    const c = changeVsPreviousMonths(series("2022-12", [51, 52, 52.7, 41]), "2023-03", 3, "PERCENT", 5)!;
    expect(c.base).toBeCloseTo(51.9, 10);
    expect(c.difference).toBeCloseTo(-10.9, 10);
    expect(c.significant).toBe(true);
  });

  it("within the margin, without a margin, and with a missing previous month", () => {
    expect(
      changeVsPreviousMonths(series("2022-12", [51, 52, 52.7, 49]), "2023-03", 3, "PERCENT", 5)!.significant,
    ).toBe(false);
    expect(
      changeVsPreviousMonths(series("2022-12", [51, 52, 52.7, 49]), "2023-03", 3, "PERCENT")!.significant,
    ).toBeNull();
    expect(
      changeVsPreviousMonths(series("2022-12", [51, null, 52.7, 49]), "2023-03", 3, "PERCENT", 5),
    ).toBeNull();
  });
});

describe("survey significance", () => {
  it("a difference equal to the margin is not beyond it", () => {
    expect(surveyDifferenceSignificant(-10.9, 5)).toBe(true);
    expect(surveyDifferenceSignificant(5, 5)).toBe(false);
  });

  it("combines margins as √(a² + b²): Wiltshire 76.8 ±3.9 against England & Wales 68.5 ±0.8", () => {
    // √(3.9² + 0.8²) = √(15.21 + 0.64) = √15.85 = 3.9812…; 8.3 > 3.98 → significant
    const r = compareSurveys({ value: 76.8, marginOfError: 3.9 }, { value: 68.5, marginOfError: 0.8 });
    expect(r.combinedMargin).toBeCloseTo(Math.sqrt(15.85), 10);
    expect(r.difference).toBeCloseTo(8.3, 10);
    expect(r.significant).toBe(true);
    // Wiltshire 57.0 ±5.2 against 53.7 ±0.8: 3.3 < √(27.04 + 0.64) = 5.26 → not significant
    expect(
      compareSurveys({ value: 57, marginOfError: 5.2 }, { value: 53.7, marginOfError: 0.8 }).significant,
    ).toBe(false);
  });
});

describe("meanVsMedian and rollingVsDiscrete", () => {
  it("priority response: mean 1:54:53 against median 46:56 is skewed by outliers, median within the 1 hour SLA", () => {
    expect(meanVsMedian(6893, 2816, 3600)).toEqual({
      skew: "RIGHT",
      note: "Outliers are skewing the average: the mean is 1:54:53 against a median of 46:56. The median is within the SLA of 1 hour.",
    });
    expect(meanVsMedian(100, 98).skew).toBe("NONE");
    expect(meanVsMedian(50, 100, 60).note).toContain("The median is breaching the SLA of 1 minute.");
    expect(meanVsMedian(50, 100).skew).toBe("LEFT");
  });

  it("discrete month above the rolling rate", () => {
    expect(rollingVsDiscrete(13.0, 15.3, "PERCENT").note).toBe(
      "The discrete monthly rate of 15.3% is above the rolling 12-month rate of 13.0%, so the rolling rate is likely to rise.",
    );
    expect(rollingVsDiscrete(21.1, 21.1, "PERCENT").note).toBe(
      "The discrete monthly rate of 21.1% matches the rolling 12-month rate.",
    );
  });
});
