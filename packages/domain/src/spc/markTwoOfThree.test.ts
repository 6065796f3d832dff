import { describe, expect, it } from "vitest";
import { series } from "../../test/series.ts";
import { computeXmr } from "./computeXmr.ts";
import { markTwoOfThree } from "./markTwoOfThree.ts";
import { RULE_BITS } from "./RULE_BITS.ts";

// Unit limits for the ported vectors: centre 0, 2-sigma lines ±2, process limits ±3.
const LIMITS = { centre: 0, lower: -3, upper: 3, lowerTwoSigma: -2, upperTwoSigma: 2 };
const BOTH = RULE_BITS.TWO_OF_THREE_HIGH | RULE_BITS.TWO_OF_THREE_LOW;

/** Runs the rule over the whole array and returns each point's two-of-three bits. */
function twoOfThreeBits(values: number[], countOutside: boolean, limits = LIMITS): number[] {
  const flags = new Uint8Array(values.length);
  markTwoOfThree(Float64Array.from(values), flags, 0, values.length, limits, countOutside);
  return Array.from(flags, (f) => f & BOTH);
}

/**
 * A point of NHSRplotthedots' own vectors as a value against LIMITS: `close_to_limits` (1 = between
 * the 2-sigma line and the limit) and `relative_to_mean` (sign of value − mean) give ±2.5 when close,
 * ±1 when not, 0 on the mean.
 */
const pointValue = (close: number, side: number) => side * (close ? 2.5 : 1);

/**
 * NHSRplotthedots' published test vectors for ptd_two_in_three and ptd_part_of_two_in_three:
 * repository nhs-r-community/NHSRplotthedots, file tests/testthat/test-ptd_calculate_point_type.R,
 * commit 8aac3239e90ce9ebeb9c3e61f56c207dfc37b225 (definition: R/ptd_calculate_point_type.R at
 * f7891af4b8f71838f4c6fb17c8eec1a1c9bd6d7f).
 * - `window` is the published output of ptd_two_in_three(close, rtm): 1 where the point is in a
 *   qualifying window. The points flagged are ptd_part_of_two_in_three(window, close) = window AND close.
 * - `flagged` is the published output of ptd_part_of_two_in_three, where the test publishes it.
 * In `b` the R test passes relative_to_mean as numeric(1); we give a zero for each point (same answer).
 */
const PUBLISHED: { name: string; close: number[]; rtm: number[]; window?: number[]; flagged?: number[] }[] = [
  // test_that("ptd_two_in_three works as expected")
  { name: "a: empty", close: [], rtm: [], window: [] },
  { name: "b: numeric(3)", close: [0, 0, 0], rtm: [0, 0, 0], window: [0, 0, 0] },
  { name: "d: 1,0,1", close: [1, 0, 1], rtm: [1, 1, 1], window: [1, 1, 1] },
  { name: "e: 0,1,1", close: [0, 1, 1], rtm: [1, 1, 1], window: [1, 1, 1] },
  { name: "f: 1,1,0", close: [1, 1, 0], rtm: [1, 1, 1], window: [1, 1, 1] },
  {
    name: "g: 0,0,1,0,1,0,0",
    close: [0, 0, 1, 0, 1, 0, 0],
    rtm: [1, 1, 1, 1, 1, 1, 1],
    window: [0, 0, 1, 1, 1, 0, 0],
  },
  {
    name: "h: 0,0,1,1,0,0,0",
    close: [0, 0, 1, 1, 0, 0, 0],
    rtm: [1, 1, 1, 1, 1, 1, 1],
    window: [0, 1, 1, 1, 1, 0, 0],
  },
  // test_that("ptd_two_in_three works as expected when points are on opposite sides of the mean")
  { name: "opposite d", close: [1, 0, 1], rtm: [1, -1, 1], window: [0, 0, 0] },
  { name: "opposite e", close: [0, 1, 1], rtm: [1, -1, 1], window: [0, 0, 0] },
  { name: "opposite f", close: [1, 1, 0], rtm: [1, -1, 1], window: [0, 0, 0] },
  {
    name: "opposite g",
    close: [0, 0, 1, 0, 1, 0, 0],
    rtm: [1, -1, 1, -1, 1, -1, 1],
    window: [0, 0, 0, 0, 0, 0, 0],
  },
  {
    name: "opposite h",
    close: [0, 0, 1, 1, 0, 0, 0],
    rtm: [-1, 1, -1, 1, -1, 1, -1],
    window: [0, 0, 0, 0, 0, 0, 0],
  },
  // test_that("ptd_part_of_two_in_three works as expected")
  { name: "part a: empty", close: [], rtm: [], flagged: [] },
  { name: "part b", close: [0, 0, 0], rtm: [0, 0, 0], flagged: [0, 0, 0] },
  { name: "part c", close: [1, 0, 1], rtm: [1, 1, 1], flagged: [1, 0, 1] },
  { name: "part d", close: [0, 1, 1], rtm: [1, 1, 1], flagged: [0, 1, 1] },
  { name: "part e", close: [1, 1, 0], rtm: [1, 1, 1], flagged: [1, 1, 0] },
  {
    name: "part f",
    close: [0, 0, 1, 0, 1, 0, 0],
    rtm: [1, 1, 1, 1, 1, 1, 1],
    flagged: [0, 0, 1, 0, 1, 0, 0],
  },
  {
    name: "part g",
    close: [0, 0, 1, 1, 0, 0, 0],
    rtm: [1, 1, 1, 1, 1, 1, 1],
    flagged: [0, 0, 1, 1, 0, 0, 0],
  },
  { name: "part h: 1,0,0,1", close: [1, 0, 0, 1], rtm: [1, 1, 1, 1], flagged: [0, 0, 0, 0] },
  { name: "part i: 1,0,0,1,1", close: [1, 0, 0, 1, 1], rtm: [1, 1, 1, 1, 1], flagged: [0, 0, 0, 1, 1] },
];

describe("markTwoOfThree: NHSRplotthedots' published vectors", () => {
  for (const v of PUBLISHED) {
    for (const countOutside of [false, true]) {
      it(`${v.name} (countOutside ${countOutside})`, () => {
        const values = v.close.map((c, i) => pointValue(c, v.rtm[i]!));
        const expected = v.flagged ?? v.window!.map((w, i) => (w === 1 && v.close[i] === 1 ? 1 : 0));
        // A flagged point carries the bit of its own side of the mean.
        const bits = expected.map((f, i) =>
          f ? (v.rtm[i]! > 0 ? RULE_BITS.TWO_OF_THREE_HIGH : RULE_BITS.TWO_OF_THREE_LOW) : 0,
        );
        expect(twoOfThreeBits(values, countOutside)).toEqual(bits);
      });
    }
  }

  it("ptd_spc: two successive points close to the limits on opposite sides of the mean are common cause", () => {
    // tests/testthat/test-ptd_spc_standard.R (same commit), "it only reports special cause for 2of3 points
    // close to limits when they are on the same side of the mean": rep(c(1, -1), 8) with points 15 and 16
    // set to 5.5 and −5.5; ptd_spc screens outliers by default. Mean 0; ranges 13 × 2, 6.5, 11 → the 11 is
    // screened (> 3.267 × 43.5/15) → mean range 32.5/14 = 2.3214: 2σ ±4.117, limits ±6.175.
    const values: number[] = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    values[14] = 5.5;
    values[15] = -5.5;
    const r = computeXmr(series("2020-01", values), {
      polarity: "HIGHER_IS_BETTER",
      screenMovingRanges: true,
    });
    expect(r.segments[0]!.meanMovingRange).toBeCloseTo(32.5 / 14, 10);
    expect(r.segments[0]!.upperTwoSigma).toBeLessThan(5.5);
    expect(r.segments[0]!.upper).toBeGreaterThan(5.5);
    expect(r.points.slice(-2).map((p) => [p.rules, p.special])).toEqual([
      [[], false],
      [[], false],
    ]);
  });
});

// Our own cases (not NHSRplotthedots'): the settings variant, ties and segment bounds. LIMITS as above.
const H = RULE_BITS.TWO_OF_THREE_HIGH;
const L = RULE_BITS.TWO_OF_THREE_LOW;
const OURS: { name: string; values: number[]; rule2019: number[]; rule2023: number[] }[] = [
  {
    name: "three beyond: all three flagged",
    values: [2.5, 2.5, 2.5],
    rule2019: [H, H, H],
    rule2023: [H, H, H],
  },
  { name: "low side", values: [-2.5, -1, -2.5], rule2019: [L, 0, L], rule2023: [L, 0, L] },
  {
    name: "a point beyond the limit counts only under 2023-11 (NHSRplotthedots' close_to_limits excludes it)",
    values: [3.5, 2.5, 1],
    rule2019: [0, 0, 0],
    rule2023: [H, H, 0],
  },
  {
    name: "on the limit is not outside it: counts",
    values: [3, 2.5, 1],
    rule2019: [H, H, 0],
    rule2023: [H, H, 0],
  },
  {
    name: "on the 2-sigma line is not beyond it",
    values: [2, 2.5, 1],
    rule2019: [0, 0, 0],
    rule2023: [0, 0, 0],
  },
  {
    name: "on the centre line breaks the window",
    values: [2.5, 0, 2.5],
    rule2019: [0, 0, 0],
    rule2023: [0, 0, 0],
  },
  {
    name: "two beyond opposite lines: no window on one side",
    values: [2.5, 1, -2.5, -1],
    rule2019: [0, 0, 0, 0],
    rule2023: [0, 0, 0, 0],
  },
  {
    name: "overlapping windows flag each beyond point once",
    values: [1, 2.5, 2.5, 1, 2.5, 1],
    rule2019: [0, H, H, 0, H, 0],
    rule2023: [0, H, H, 0, H, 0],
  },
];

describe("markTwoOfThree: settings variants and ties", () => {
  for (const c of OURS) {
    it(c.name, () => {
      expect(twoOfThreeBits(c.values, false)).toEqual(c.rule2019);
      expect(twoOfThreeBits(c.values, true)).toEqual(c.rule2023);
    });
  }

  it("the issue's shape: 14.1, 13.9, 14.1 straddling a centre of 14 is not two of three", () => {
    // FAT hate crime rolling 12, May–Jul 21; illustrative limits: centre 14, 2σ ±0.08, limits ±0.12,
    // so both 14.1s are beyond the upper 2σ line and 13.9 is beyond the lower one.
    const limits = { centre: 14, lower: 13.88, upper: 14.12, lowerTwoSigma: 13.92, upperTwoSigma: 14.08 };
    expect(twoOfThreeBits([14.1, 13.9, 14.1], true, limits)).toEqual([0, 0, 0]);
    expect(twoOfThreeBits([14.1, 14.01, 14.1], true, limits)).toEqual([H, 0, H]);
  });

  it("stays within [from, to) and keeps the other rules' bits", () => {
    const values = Float64Array.from([2.5, 2.5, 1, 2.5, 9]);
    const flags = new Uint8Array(values.length).fill(RULE_BITS.SHIFT_HIGH);
    // From index 1 the window 2.5, 2.5, 1 starting at 0 is out of reach; to index 4 leaves out the 9.
    markTwoOfThree(values, flags, 1, 4, LIMITS, true);
    expect(Array.from(flags)).toEqual([
      RULE_BITS.SHIFT_HIGH,
      RULE_BITS.SHIFT_HIGH | H,
      RULE_BITS.SHIFT_HIGH,
      RULE_BITS.SHIFT_HIGH | H,
      RULE_BITS.SHIFT_HIGH,
    ]);
    const short = new Uint8Array(2);
    markTwoOfThree(Float64Array.from([2.5, 2.5]), short, 0, 2, LIMITS, true);
    expect(Array.from(short)).toEqual([0, 0]);
  });
});
