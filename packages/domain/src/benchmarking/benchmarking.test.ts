import { describe, expect, it } from "vitest";
import { benchmarkPosition } from "./benchmarkPosition.ts";
import { comparedWith } from "./comparedWith.ts";
import { MIN_PEERS_FOR_RANK } from "./MIN_PEERS_FOR_RANK.ts";
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

  it("sets a force beside too few peers to rank among, naming them, instead of ranking it", () => {
    // Report: "Burglary satisfaction is 81.4%" beside "Warwickshire (MSF) = 74%", "West Mercia (MSF) = 83.8%":
    // second of three would read as a league position the report never claims.
    const peers = [
      { code: "wiltshire", value: 81.4, name: "Wiltshire" },
      { code: "warwickshire", value: 74, name: "Warwickshire" },
      { code: "west-mercia", value: 83.8, name: "West Mercia" },
    ];
    const r = benchmarkPosition({
      forceValue: 81.4,
      forceCode: "wiltshire",
      polarity: "HIGHER_IS_BETTER",
      peers,
      metricName: "burglary satisfaction",
      unit: "PERCENT",
    });
    expect(r).toMatchObject({ msgRank: null, msgRankOutOf: null, msgQuartile: null });
    expect(r.text).toBe(
      "Wiltshire records 81.4% for burglary satisfaction (Warwickshire 74.0%, West Mercia 83.8%)",
    );
  });

  it("a CJS measure against the national figure alone: no rank, the two figures side by side", () => {
    // Report, CJS score card: "Average days taken for police to charge … Nationally 49 days. 63 days".
    const r = benchmarkPosition({
      forceValue: 63,
      polarity: "LOWER_IS_BETTER",
      national: 49,
      metricName: "days to charge",
      unit: "DAYS",
    });
    expect(r).toMatchObject({ nationalRank: null, msgRank: null, differenceFromNational: 14 });
    expect(r.text).toBe("Wiltshire records 63 days for days to charge, against a national figure of 49 days");
  });

  it("ranks among at least MIN_PEERS_FOR_RANK peers by polarity, skipping the force's own entry; quartile = ⌈4 × rank / n⌉", () => {
    const peers = [81.4, 74, 83.8, 79, 70, 90].map((value, i) => ({
      code: i ? `p${i}` : "wiltshire",
      value,
    }));
    expect(peers.length - 1).toBe(MIN_PEERS_FOR_RANK);
    const r = benchmarkPosition({
      forceValue: 81.4,
      forceCode: "wiltshire",
      polarity: "HIGHER_IS_BETTER",
      peers,
      metricName: "burglary satisfaction",
      unit: "PERCENT",
    });
    // Better: 83.8 and 90 → 3rd of 6; ⌈12/6⌉ = 2
    expect(r).toMatchObject({ msgRank: 3, msgRankOutOf: 6, msgQuartile: 2 });
    expect(r.text).toBe(
      "Wiltshire is ranked 3 of 6 forces in its most similar group for burglary satisfaction (81.4%)",
    );
    const worst = benchmarkPosition({
      forceValue: 60,
      polarity: "HIGHER_IS_BETTER",
      peers: peers.slice(1),
      metricName: "x",
      unit: "PERCENT",
      national: 65,
    });
    expect(worst.text).toBe(
      "Wiltshire is the lowest force in its most similar group for x (60.0% against a national figure of 65.0%)",
    );
    expect(worst.differenceFromNational).toBeCloseTo(-5, 10);
  });

  it("computed national ranks win over a stated one; ties share the better rank", () => {
    const allForces = [10, 20, 20, 30, 40].map((value, i) => ({ code: `f${i}`, value }));
    const r = benchmarkPosition({
      forceValue: 20,
      polarity: "LOWER_IS_BETTER",
      allForces,
      statedRank: { rank: 1, outOf: 43, scope: "NATIONAL" },
      metricName: "x",
      unit: "COUNT",
    });
    expect(r).toMatchObject({ nationalRank: 2, nationalRankOutOf: 6, nationalQuartile: 2 });
  });

  it("too few forces for a computed rank: the stated one stands", () => {
    const r = benchmarkPosition({
      forceValue: 20,
      polarity: "LOWER_IS_BETTER",
      allForces: [{ code: "f1", value: 10 }],
      statedRank: { rank: 1, outOf: 43, scope: "NATIONAL" },
      metricName: "x",
      unit: "COUNT",
    });
    expect(r).toMatchObject({ nationalRank: 1, nationalRankOutOf: 43 });
  });
});

describe("comparedWith", () => {
  it.each([
    // Report: "Warwickshire (MSF) = 74%", "West Mercia (MSF) = 83.8%" beside burglary satisfaction.
    [
      { peerNames: ["Warwickshire", "West Mercia"], hasMsgAverage: false },
      "MSG forces (Warwickshire, West Mercia)",
    ],
    // CSEW: "England & Wales = 68.5%"; CJS: "Nationally 49 days".
    [{ peerNames: [], hasMsgAverage: false, nationalName: "England & Wales" }, "England & Wales"],
    // "the lowest force nationally … with an MSG average of 72.20".
    [
      { peerNames: [], hasMsgAverage: true, nationalForceCount: 43 },
      "the MSG average and all 43 forces nationally",
    ],
    [
      { peerNames: ["Warwickshire"], hasMsgAverage: true, nationalName: "England & Wales" },
      "MSG forces (Warwickshire), the MSG average and England & Wales",
    ],
    [{ peerNames: [], hasMsgAverage: false }, "no other force"],
  ])("%j → %s", (input, expected) => {
    expect(comparedWith(input)).toBe(expected);
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
