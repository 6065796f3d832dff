import { describe, expect, it } from "vitest";
import { benchmarkPosition } from "./benchmarkPosition.ts";
import { populationWeightedAverage } from "./populationWeightedAverage.ts";

describe("benchmarkPosition", () => {
  it("the report's sentence from a stated national rank", () => {
    const r = benchmarkPosition({
      forceValue: 58.61,
      polarity: "LOWER_IS_BETTER",
      msgAverage: 72.2,
      statedRank: { rank: 1, outOf: 43, scope: "NATIONAL" },
      metricName: "crimes per 1000 population",
      unit: "RATE_PER_1000",
    });
    expect(r.text).toBe(
      "Wiltshire is the lowest force nationally for crimes per 1000 population (58.61 against an MSG average of 72.20)",
    );
    expect(r).toMatchObject({ nationalRank: 1, nationalRankOutOf: 43, nationalQuartile: 1, msgRank: null });
    expect(r.differenceFromMsgAverage).toBeCloseTo(-13.59, 10);
  });

  it("ranks among peers by polarity, skipping the force's own entry; quartile = ⌈4 × rank / n⌉", () => {
    // Burglary satisfaction 81.4% against Warwickshire 74% and West Mercia 83.8%: 2nd of 3 when higher is better
    const peers = [
      { code: "wiltshire", value: 81.4 },
      { code: "warwickshire", value: 74 },
      { code: "west-mercia", value: 83.8 },
    ];
    const r = benchmarkPosition({
      forceValue: 81.4,
      forceCode: "wiltshire",
      polarity: "HIGHER_IS_BETTER",
      peers,
      metricName: "burglary satisfaction",
      unit: "PERCENT",
    });
    expect(r).toMatchObject({ msgRank: 2, msgRankOutOf: 3, msgQuartile: 3 }); // ⌈8/3⌉ = 3
    expect(r.text).toBe(
      "Wiltshire is ranked 2 of 3 forces in its most similar group for burglary satisfaction (81.4%)",
    );
    const worst = benchmarkPosition({
      forceValue: 70,
      polarity: "HIGHER_IS_BETTER",
      peers: peers.slice(1),
      metricName: "x",
      unit: "PERCENT",
      national: 65,
    });
    expect(worst.text).toBe(
      "Wiltshire is the lowest force in its most similar group for x (70.0% against a national figure of 65.0%)",
    );
    expect(worst.differenceFromNational).toBeCloseTo(5, 10);
  });

  it("computed national ranks win over a stated one; ties share the better rank", () => {
    const allForces = [10, 20, 20, 30].map((value, i) => ({ code: `f${i}`, value }));
    const r = benchmarkPosition({
      forceValue: 20,
      polarity: "LOWER_IS_BETTER",
      allForces,
      statedRank: { rank: 1, outOf: 43, scope: "NATIONAL" },
      metricName: "x",
      unit: "COUNT",
    });
    expect(r).toMatchObject({ nationalRank: 2, nationalRankOutOf: 5, nationalQuartile: 2 });
  });
});

describe("populationWeightedAverage", () => {
  it("weights by population as HMICFRS does", () => {
    // (50 × 1 + 80 × 2) / 3 = 70
    expect(
      populationWeightedAverage([
        { value: 50, population: 1 },
        { value: 80, population: 2 },
      ]),
    ).toBe(70);
    expect(() => populationWeightedAverage([])).toThrow(RangeError);
  });
});
