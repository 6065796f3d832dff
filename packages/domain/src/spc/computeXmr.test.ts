import { describe, expect, it } from "vitest";
import { series } from "../../test/series.ts";
import { computeXmr } from "./computeXmr.ts";
import { isAtLimit } from "./isAtLimit.ts";
import { lastRunBeyondLimit } from "./lastRunBeyondLimit.ts";

const rulesAt = (r: ReturnType<typeof computeXmr>) => r.points.map((p) => p.rules.join("+"));

describe("computeXmr limits (hand-worked from the NHSRplotthedots definitions)", () => {
  it("a 12-point series with no signal", () => {
    // values 10,12,11,13,12,14,13,15,14,16,15,17: sum 162 → centre 13.5
    // moving ranges 2,1,2,1,2,1,2,1,2,1,2 → 17/11 = 1.545454…
    // UCL = 13.5 + 2.66 × 17/11 = 17.610909…; LCL = 9.389090…; 2σ = 13.5 ± 1.773333 × 17/11 = 16.240606… / 10.759393…
    const r = computeXmr(series("2022-01", [10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17]), {
      polarity: "HIGHER_IS_BETTER",
    });
    const [s] = r.segments;
    expect(s!.centre).toBeCloseTo(13.5, 10);
    expect(s!.meanMovingRange).toBeCloseTo(17 / 11, 10);
    expect(s!.upper).toBeCloseTo(17.610909, 5);
    expect(s!.lower).toBeCloseTo(9.389091, 5);
    expect(s!.upperTwoSigma).toBeCloseTo(16.240606, 5);
    expect(s!.lowerTwoSigma).toBeCloseTo(10.759394, 5);
    expect(r.status).toBe("OK");
    expect(r.message).toBeNull();
    expect(r.signals).toEqual([]);
    expect(r.variation).toBe("COMMON_CAUSE");
  });

  it("screens moving ranges above 3.267 × their mean only when asked", () => {
    // values 5,6 ×5 then 5, 20: ranges ten 1s and one 15 → mean 25/11 = 2.2727…
    // screen ceiling 3.267 × 2.2727 = 7.425 → 15 dropped → mean 1. centre = 80/12 = 6.6667
    const values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 20];
    const plain = computeXmr(series("2022-01", values), { polarity: "NEUTRAL" });
    const screened = computeXmr(series("2022-01", values), { polarity: "NEUTRAL", screenMovingRanges: true });
    expect(plain.segments[0]!.meanMovingRange).toBeCloseTo(25 / 11, 10);
    expect(screened.segments[0]!.meanMovingRange).toBeCloseTo(1, 10);
    expect(screened.segments[0]!.upper).toBeCloseTo(80 / 12 + 2.66, 10); // 9.3267
    expect(plain.segments[0]!.upper).toBeCloseTo(80 / 12 + 2.66 * (25 / 11), 10); // 12.7121
    expect(screened.settings.screenMovingRanges).toBe(true);
  });
});

describe("computeXmr rules", () => {
  it("rule 1: drug driving Jan-23/Feb-23 exceptional highs (52, 58), Mar-23 back to 28", () => {
    // Apr-21..Dec-22 two blocks of 28,32,30,26,34,29,31,27,33,30 then 29, 52, 58, 28
    // sum 767 / 24 = 31.9583; ranges 38+2+38+1+23+6+30 = 138 / 23 = 6.0 → UCL 31.9583 + 15.96 = 47.918
    const block = [28, 32, 30, 26, 34, 29, 31, 27, 33, 30];
    const r = computeXmr(series("2021-04", [...block, ...block, 29, 52, 58, 28]), { polarity: "NEUTRAL" });
    expect(r.segments[0]!.upper).toBeCloseTo(767 / 24 + 2.66 * 6, 10);
    const outside = r.signals.filter((s) => s.rule === "OUTSIDE_LIMITS");
    expect(outside).toEqual([
      {
        rule: "OUTSIDE_LIMITS",
        direction: "HIGH",
        from: "2023-01",
        to: "2023-02",
        periods: ["2023-01", "2023-02"],
        classification: "NEUTRAL",
      },
    ]);
    // 52 and 58 are beyond the 2σ line (42.598), but every window of three holding both has 29 or 28 in it,
    // below the centre: not two of three (NHSRplotthedots: all three on one side of the mean).
    expect(r.points.find((p) => p.period === "2023-01")!.rules).toEqual(["OUTSIDE_LIMITS"]);
    expect(r.points.at(-1)!.special).toBe(false);
    expect(r.variation).toBe("COMMON_CAUSE");
  });

  it("rule 2: a trend of 7 points each higher than the last, and its length is a setting", () => {
    // 10,14,9,13,11,12,10 then 8..14: centre 156/14 = 11.1429, ranges 26/13 = 2 → limits 5.82..16.46,
    // 2σ 7.60..14.69: nothing beyond; sides never run 7; only idx 7..13 rise 6 times.
    const values = [10, 14, 9, 13, 11, 12, 10, 8, 9, 10, 11, 12, 13, 14];
    const r = computeXmr(series("2022-01", values), { polarity: "HIGHER_IS_BETTER" });
    expect(rulesAt(r)).toEqual(["", "", "", "", "", "", "", ...Array(7).fill("TREND")]);
    expect(r.signals).toHaveLength(1);
    expect(r.signals[0]).toMatchObject({ rule: "TREND", direction: "HIGH", from: "2022-08", to: "2023-02" });
    expect(r.variation).toBe("IMPROVEMENT_HIGH");
    expect(computeXmr(series("2022-01", values), { polarity: "NEUTRAL", trendLength: 8 }).signals).toEqual(
      [],
    );
    const six = computeXmr(series("2022-01", values), { polarity: "NEUTRAL", trendLength: 6 });
    expect(six.points.filter((p) => p.rules.includes("TREND"))).toHaveLength(7);
  });

  it("an equal value breaks a trend", () => {
    const values = [10, 14, 9, 13, 11, 12, 10, 8, 9, 10, 10, 12, 13, 14];
    expect(computeXmr(series("2022-01", values), { polarity: "NEUTRAL" }).signals).toEqual([]);
  });

  it("rule 3: two of three beyond the 2-sigma line, flagging only those two", () => {
    // 10,12 ×5, 16, 16, 12: centre 154/13 = 11.846; ranges 18+4+0+4 = 26/12 = 2.1667
    // 2σ upper = 11.846 + 1.77333 × 2.1667 = 15.688; UCL = 17.609 → both 16s between.
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 16, 16, 12];
    const r = computeXmr(series("2022-01", values), { polarity: "LOWER_IS_BETTER" });
    expect(rulesAt(r)).toEqual([...Array(10).fill(""), "TWO_OF_THREE", "TWO_OF_THREE", ""]);
    expect(r.signals).toEqual([
      {
        rule: "TWO_OF_THREE",
        direction: "HIGH",
        from: "2022-11",
        to: "2022-12",
        periods: ["2022-11", "2022-12"],
        classification: "CONCERN",
      },
    ]);
  });

  it("rule 3 is versioned: the Nov-2023 definition counts a point beyond the limit, 2019 does not", () => {
    // 10,12 ×5, 18, 21, 13: centre 162/13 = 12.4615; ranges 18+6+3+8 = 35/12 = 2.9167
    // UCL = 12.4615 + 7.7583 = 20.2199 (21 outside); 2σ = 12.4615 + 5.1722 = 17.6338 (18 beyond);
    // 13 is above the centre, so the window 18, 21, 13 lies on one side.
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 18, 21, 13];
    const current = computeXmr(series("2022-01", values), { polarity: "NEUTRAL" });
    const old = computeXmr(series("2022-01", values), { polarity: "NEUTRAL", twoOfThreeRule: "2019" });
    expect(current.segments[0]!.upper).toBeCloseTo(162 / 13 + 2.66 * (35 / 12), 10);
    expect(rulesAt(current).slice(10)).toEqual(["TWO_OF_THREE", "OUTSIDE_LIMITS+TWO_OF_THREE", ""]);
    expect(rulesAt(old).slice(10)).toEqual(["", "OUTSIDE_LIMITS", ""]);
    expect(old.settings.twoOfThreeRule).toBe("2019");
    // Ending on 12 instead (centre 161/13 = 12.385, so 12 is below it) every window holding 18 and 21
    // straddles the centre: under either definition no two of three, only the point outside.
    const straddling = [...values.slice(0, -1), 12];
    expect(rulesAt(computeXmr(series("2022-01", straddling), { polarity: "NEUTRAL" })).slice(10)).toEqual([
      "",
      "OUTSIDE_LIMITS",
      "",
    ]);
  });

  it("rule 4: a shift of 7 points above the centre, with limits fixed after 8 baseline points", () => {
    // baseline 9,11 ×4: centre 10, ranges all 2 → UCL 15.32, 2σ 13.547; then 11, 11.5 … all above 10
    const values = [9, 11, 9, 11, 9, 11, 9, 11, 11, 11.5, 11, 11.5, 11, 11.5, 11];
    const r = computeXmr(series("2022-01", values), { polarity: "HIGHER_IS_BETTER", fixAfterPoints: 8 });
    expect(r.segments[0]).toMatchObject({ centre: 10, meanMovingRange: 2, pointCount: 15, isTrial: true });
    // The last baseline point (11) is above the centre too, so the run is 8 long.
    expect(rulesAt(r)).toEqual([...Array(7).fill(""), ...Array(8).fill("SHIFT")]);
    expect(r.signals[0]).toMatchObject({ rule: "SHIFT", direction: "HIGH", classification: "IMPROVEMENT" });
    expect(r.status).toBe("TRIAL");
    expect(r.message).toBe(
      "Trial limits from 8 of 12 months — a longer data capture period is required to assess trend.",
    );
    const nine = computeXmr(series("2022-01", values), {
      polarity: "NEUTRAL",
      fixAfterPoints: 8,
      runLength: 9,
    });
    expect(nine.signals).toEqual([]);
  });

  it("a point on the centre line breaks a shift", () => {
    const values = [9, 11, 9, 11, 9, 11, 9, 11, 11, 11.5, 11, 10, 11, 11.5, 11];
    const r = computeXmr(series("2022-01", values), { polarity: "NEUTRAL", fixAfterPoints: 8 });
    expect(r.signals).toEqual([]);
  });
});

describe("computeXmr edge cases", () => {
  it("fewer points than the minimum: no limits, and says why", () => {
    const r = computeXmr(series("2022-07", [44, 56, 50, 48, 53]), { polarity: "LOWER_IS_BETTER" });
    expect(r.status).toBe("INSUFFICIENT");
    expect(r.segments).toEqual([]);
    expect(r.points.every((p) => p.segmentIndex === -1 && !p.special)).toBe(true);
    expect(r.variation).toBe("NONE");
    expect(r.assurance).toBe("NONE");
    expect(r.message).toBe(
      "Not enough data for control limits yet: 5 of 12 months — a longer data capture period is required to assess trend.",
    );
  });

  it("empty and single-point series", () => {
    expect(computeXmr([], { polarity: "NEUTRAL" })).toMatchObject({ status: "INSUFFICIENT", points: [] });
    expect(computeXmr(series("2023-03", [7.5]), { polarity: "NEUTRAL" }).status).toBe("INSUFFICIENT");
  });

  it("9 points since Jul-22 give trial limits", () => {
    const r = computeXmr(series("2022-07", [44, 56, 50, 48, 53, 47, 55, 49, 53]), {
      polarity: "LOWER_IS_BETTER",
    });
    expect(r.status).toBe("TRIAL");
    expect(r.segments[0]!.isTrial).toBe(true);
    expect(r.message).toContain("9 of 12 months");
  });

  it("a constant series: mean moving range 0, limits on the centre, no signal", () => {
    const r = computeXmr(series("2022-01", Array(12).fill(5)), { polarity: "HIGHER_IS_BETTER", target: 5 });
    expect(r.segments[0]).toMatchObject({ centre: 5, lower: 5, upper: 5, meanMovingRange: 0 });
    expect(r.signals).toEqual([]);
    expect(r.variation).toBe("COMMON_CAUSE");
    expect(r.assurance).toBe("HIT_OR_MISS");
  });

  it("a declared process change starts a new segment with its own limits", () => {
    // the report's new 101 Operating Model from Sep-22: a level of ~100 before, ~50 after
    const before = [100, 104, 98, 102, 99, 103, 101, 97, 100, 102, 98, 101];
    const after = [50, 54, 48, 52, 49, 53, 51, 47, 50, 52, 48, 51];
    const points = series("2021-09", [...before, ...after]);
    const single = computeXmr(points, { polarity: "LOWER_IS_BETTER" });
    const split = computeXmr(points, { polarity: "LOWER_IS_BETTER", recalculateAt: ["2022-09"] });
    expect(single.signals.some((s) => s.rule === "SHIFT")).toBe(true);
    expect(split.segments.map((s) => [s.start, s.end, s.centre])).toEqual([
      ["2021-09", "2022-08", 1205 / 12],
      ["2022-09", "2023-08", 605 / 12],
    ]);
    // Ranges 4,6,4,3,4,2,4,3,2,4,3 = 39/11 in each; the 100 → 50 drop at the change belongs to neither.
    expect(split.segments[0]!.meanMovingRange).toBeCloseTo(39 / 11, 10);
    expect(split.segments[1]!.meanMovingRange).toBeCloseTo(39 / 11, 10);
    expect(split.signals).toEqual([]);
    expect(split.points[12]!.segmentIndex).toBe(1);
  });

  it("a short segment after a process change has no limits yet", () => {
    const points = series("2022-01", [100, 104, 98, 102, 99, 103, 101, 97, 100, 102, 98, 101, 50, 54, 48]);
    const r = computeXmr(points, { polarity: "LOWER_IS_BETTER", recalculateAt: ["2023-01"] });
    expect(r.segments).toHaveLength(1);
    expect(r.points.slice(12).map((p) => p.segmentIndex)).toEqual([-1, -1, -1]);
    expect(r.status).toBe("INSUFFICIENT");
    expect(r.message).toBe(
      "Not enough data for control limits yet since the process change in Jan-23: 3 of 12 months — a longer data capture period is required to assess trend.",
    );
  });

  it("a missing month breaks the moving range", () => {
    // Jan–Jun 10,12,…; Jul missing; Aug–Jan 20,22,…: ten ranges of 2 (12→20 across the gap is not one)
    // centre = (66 + 126) / 12 = 16; limits 16 ± 5.32 → the 10s below, the 22s above.
    const points = series("2022-01", [10, 12, 10, 12, 10, 12, null, 20, 22, 20, 22, 20, 22]);
    const r = computeXmr(points, { polarity: "NEUTRAL" });
    expect(r.segments[0]).toMatchObject({ centre: 16, meanMovingRange: 2, start: "2022-01", end: "2023-01" });
    expect(r.points.filter((p) => p.rules.includes("OUTSIDE_LIMITS")).map((p) => p.value)).toEqual([
      10, 10, 10, 22, 22, 22,
    ]);
  });

  it("negative and zero values", () => {
    // −1, 1 alternating, then 0: centre 0, ranges all 2 except the last (1): mean 23/12
    const values = [-1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, 0];
    const r = computeXmr(series("2022-01", values), { polarity: "NEUTRAL" });
    expect(r.segments[0]!.centre).toBe(0);
    expect(r.segments[0]!.meanMovingRange).toBeCloseTo(23 / 12, 12);
    expect(r.signals).toEqual([]);
  });

  it("unsorted input with a repeated month: sorted, and the later entry wins", () => {
    const sorted = series("2022-01", [10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17]);
    const shuffled = [...sorted].reverse();
    shuffled.push({ period: "2022-03", value: 11 });
    expect(computeXmr(shuffled, { polarity: "NEUTRAL" })).toEqual(
      computeXmr(sorted, { polarity: "NEUTRAL" }),
    );
  });
});

describe("assurance and variation icons", () => {
  // limits 9.389..17.611 from the first hand-worked series
  const values = [10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17];
  const assurance = (polarity: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NEUTRAL", target: number | null) =>
    computeXmr(series("2022-01", values), { polarity, target }).assurance;

  it.each([
    ["HIGHER_IS_BETTER", 9, "PASS"],
    ["HIGHER_IS_BETTER", 18, "FAIL"],
    ["HIGHER_IS_BETTER", 13, "HIT_OR_MISS"],
    ["LOWER_IS_BETTER", 18, "PASS"],
    ["LOWER_IS_BETTER", 9, "FAIL"],
    ["NEUTRAL", 9, "NONE"],
    ["HIGHER_IS_BETTER", null, "NONE"],
  ] as const)("%s target %s → %s", (polarity, target, icon) => {
    expect(assurance(polarity, target)).toBe(icon);
  });

  it("colours the latest special point by polarity (percent metric: satisfaction falling is a concern)", () => {
    const low = [76, 78, 77, 79, 76, 78, 77, 79, 76, 78, 77, 60];
    expect(computeXmr(series("2022-04", low), { polarity: "HIGHER_IS_BETTER" }).variation).toBe(
      "CONCERN_LOW",
    );
    expect(computeXmr(series("2022-04", low), { polarity: "LOWER_IS_BETTER" }).variation).toBe(
      "IMPROVEMENT_LOW",
    );
    expect(computeXmr(series("2022-04", low), { polarity: "NEUTRAL" }).variation).toBe("NEITHER_LOW");
  });
});

describe("lastRunBeyondLimit and isAtLimit", () => {
  it("counts the latest points under the LCL (count metric)", () => {
    const values = [70, 90, 70, 90, 70, 90, 70, 90, 70, 90, 70, 90, 70, 90, 70, 90, 10, 10, 10, 10];
    const r = computeXmr(series("2021-08", values), { polarity: "HIGHER_IS_BETTER" });
    // centre = (16 × 80 + 40) / 20 = 66; ranges 15 × 20 + 80 = 380 / 19 = 20 → LCL 66 − 53.2 = 12.8
    expect(r.segments[0]!.lower).toBeCloseTo(12.8, 10);
    expect(lastRunBeyondLimit(r, "LOWER")).toBe(4);
    expect(lastRunBeyondLimit(r, "UPPER")).toBe(0);
  });

  it("finds a month at the LCL within a tolerance in the metric's units", () => {
    const values = [70, 90, 70, 90, 70, 90, 70, 90, 70, 90, 70, 90, 70, 90, 70, 90, 10, 10, 10, 13];
    const r = computeXmr(series("2021-08", values), { polarity: "HIGHER_IS_BETTER" });
    const lower = r.segments[0]!.lower;
    expect(isAtLimit(r, "2023-03", "LOWER", Math.abs(13 - lower) + 1e-9)).toBe(true);
    expect(isAtLimit(r, "2023-03", "LOWER", 0.01)).toBe(false);
    expect(isAtLimit(r, "2019-01", "LOWER", 100)).toBe(false);
  });
});
