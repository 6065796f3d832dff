import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeXmr } from "../src/spc/computeXmr.ts";
import { naiveXmr } from "./naiveXmr.ts";
import { series } from "./series.ts";

const integerSeries = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 6, maxLength: 60 });

describe("XmR invariants (fast-check)", () => {
  it("limits and 2-sigma lines are symmetric about the centre", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 6, maxLength: 60 }),
        (values) => {
          const r = computeXmr(series("2015-01", values), { polarity: "NEUTRAL" });
          for (const s of r.segments) {
            const tol = 1e-9 * (1 + Math.abs(s.centre) + s.meanMovingRange);
            expect(Math.abs(s.upper - s.centre - (s.centre - s.lower))).toBeLessThan(tol);
            expect(Math.abs(s.upperTwoSigma - s.centre - (s.centre - s.lowerTwoSigma))).toBeLessThan(tol);
            expect(s.upper).toBeGreaterThanOrEqual(s.upperTwoSigma);
          }
        },
      ),
    );
  });

  it("shifting every value by a constant shifts centre and limits by it and keeps the signals", () => {
    fc.assert(
      fc.property(integerSeries, fc.integer({ min: -5000, max: 5000 }), (values, c) => {
        const a = computeXmr(series("2015-01", values), { polarity: "HIGHER_IS_BETTER" });
        const b = computeXmr(
          series(
            "2015-01",
            values.map((v) => v + c),
          ),
          { polarity: "HIGHER_IS_BETTER" },
        );
        const [sa, sb] = [a.segments[0]!, b.segments[0]!];
        expect(sb.centre).toBeCloseTo(sa.centre + c, 6);
        expect(sb.upper).toBeCloseTo(sa.upper + c, 6);
        expect(sb.lower).toBeCloseTo(sa.lower + c, 6);
        expect(sb.meanMovingRange).toBeCloseTo(sa.meanMovingRange, 6);
        // Rules compare values with lines; skip the rare draw where a value sits on a line to within rounding.
        const lines = [sa.centre, sa.upper, sa.lower, sa.upperTwoSigma, sa.lowerTwoSigma];
        fc.pre(values.every((v) => lines.every((line) => Math.abs(v - line) > 1e-6)));
        expect(b.points.map((p) => p.rules)).toEqual(a.points.map((p) => p.rules));
      }),
    );
  });

  it("a series inside its limits with no runs or trends yields no signal", () => {
    // Values alternate about a level c (so no run of 2 on one side and no trend), with |deviation| in [1, 2]:
    // every moving range ≥ 2 so the 2-sigma line is ≥ 3.55 from the centre, while the centre moves at most
    // 0.5 + 2/n ≤ 0.84 from c and each point is ≤ 2 from c — every point sits inside the 2-sigma lines.
    const arb = fc.record({
      c: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      devs: fc.array(fc.double({ min: 1, max: 2, noNaN: true }), { minLength: 6, maxLength: 60 }),
    });
    fc.assert(
      fc.property(arb, ({ c, devs }) => {
        const values = devs.map((d, i) => (i % 2 === 0 ? c + d : c - d));
        const r = computeXmr(series("2015-01", values), {
          polarity: "HIGHER_IS_BETTER",
          runLength: 6,
          trendLength: 6,
        });
        expect(r.signals).toEqual([]);
        expect(r.points.every((p) => !p.special)).toBe(true);
        expect(r.variation).toBe("COMMON_CAUSE");
      }),
    );
  });

  it("the typed-array kernel agrees with a naive object-based implementation, rule by rule", () => {
    const opts = fc.record({
      runLength: fc.integer({ min: 3, max: 9 }),
      trendLength: fc.integer({ min: 3, max: 9 }),
      countOutside: fc.boolean(),
    });
    // Small integers make ties (equal neighbours, points on the centre) common, the cases most likely to differ.
    const values = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 40 });
    fc.assert(
      fc.property(values, opts, (vals, o) => {
        const fast = computeXmr(series("2015-01", vals), {
          polarity: "NEUTRAL",
          runLength: o.runLength,
          trendLength: o.trendLength,
          twoOfThreeRule: o.countOutside ? "2023-11" : "2019",
        });
        const naive = naiveXmr(vals, o);
        const seg = fast.segments[0]!;
        expect(seg.centre).toBe(naive.centre);
        expect(seg.upper).toBe(naive.upper);
        const fastRules = fast.points.map((p) => p.rules);
        const naiveRules = naive.points.map((p) => {
          const names = p.rules.map((r) => r.split(":")[0]!);
          return ["OUTSIDE_LIMITS", "TREND", "TWO_OF_THREE", "SHIFT"].filter((r) => names.includes(r));
        });
        expect(fastRules).toEqual(naiveRules);
      }),
      { numRuns: 500 },
    );
  });
});
