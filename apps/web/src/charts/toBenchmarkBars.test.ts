import { describe, expect, it } from "vitest";
import {
  type BenchmarkInput,
  gapToMsgAverage,
  latestBenchmarkPeriod,
  toBenchmarkBars,
} from "./toBenchmarkBars";

// Report: "Wiltshire remains the lowest force nationally for crimes per 1000 population at 58.61 with an
// MSG average of 72.20." The peer figure below is made up for the test.
const force = (code: string, name: string, isHomeForce = false) => ({
  code,
  name,
  kind: "FORCE" as const,
  isHomeForce,
});
const benchmarks: BenchmarkInput[] = [
  {
    value: 72.2,
    periodEnd: "2023-03",
    illustrative: false,
    comparator: { code: "msg", name: "MSG average", kind: "MSG_AVERAGE", isHomeForce: false },
  },
  { value: 58.61, periodEnd: "2023-03", illustrative: false, comparator: force("wilts", "Wiltshire", true) },
  { value: 80.1, periodEnd: "2023-03", illustrative: true, comparator: force("peer", "Peer force") },
  { value: 60, periodEnd: "2022-03", illustrative: false, comparator: force("wilts", "Wiltshire", true) },
  {
    value: 70,
    periodEnd: "2022-03",
    illustrative: false,
    comparator: { code: "msg", name: "MSG average", kind: "MSG_AVERAGE", isHomeForce: false },
  },
  {
    value: 76.8,
    lower: 72.9,
    upper: 80.7,
    periodEnd: "2022-12",
    illustrative: false,
    comparator: force("wilts", "Wiltshire", true),
  },
];

describe("toBenchmarkBars", () => {
  it("orders lowest first when lower is better, with no rank between two forces", () => {
    const bars = toBenchmarkBars(benchmarks, "LOWER_IS_BETTER", "2023-03");
    expect(bars.map((b) => b.name)).toEqual(["Wiltshire", "MSG average", "Peer force"]);
    expect(bars[0]).toMatchObject({ isHome: true, value: 58.61, errorRange: null });
    // "1 of 2" would read as a league position: ranks need at least five other forces.
    expect(bars.map((b) => b.rank)).toEqual([null, null, null]);
  });
  it("ranks forces among at least five peers; the MSG average takes no rank", () => {
    const six = [50, 55, 60, 65, 70].map((value, i) => ({
      value,
      periodEnd: "2023-03",
      illustrative: false,
      comparator: force(`p${i}`, `Peer ${i}`),
    }));
    const bars = toBenchmarkBars([...benchmarks, ...six], "LOWER_IS_BETTER", "2023-03");
    expect(bars.map((b) => [b.name, b.rank, b.rankOutOf])).toEqual([
      ["Peer 0", 1, 7],
      ["Peer 1", 2, 7],
      ["Wiltshire", 3, 7],
      ["Peer 2", 4, 7],
      ["Peer 3", 5, 7],
      ["Peer 4", 6, 7],
      ["MSG average", null, null],
      ["Peer force", 7, 7],
    ]);
  });
  it("keeps a rank the source states", () => {
    // "Wiltshire remains the lowest force nationally for crimes per 1000 population": 1 of 43.
    const stated = benchmarks.map((b) => (b.comparator.isHomeForce ? { ...b, rank: 1, rankOutOf: 43 } : b));
    const bars = toBenchmarkBars(stated, "LOWER_IS_BETTER", "2023-03");
    expect(bars[0]).toMatchObject({ name: "Wiltshire", rank: 1, rankOutOf: 43 });
  });
  it("ranks highest first when higher is better", () => {
    expect(toBenchmarkBars(benchmarks, "HIGHER_IS_BETTER", "2023-03")[0]?.name).toBe("Peer force");
  });
  it("turns a confidence interval into error-bar distances", () => {
    // CSEW confidence in local police: 76.8% (72.9% – 80.7%)
    const [bar] = toBenchmarkBars(benchmarks, "HIGHER_IS_BETTER", "2022-12");
    expect(bar?.errorRange?.[0]).toBeCloseTo(3.9);
    expect(bar?.errorRange?.[1]).toBeCloseTo(3.9);
  });
});

describe("toBenchmarkBars with the force's latest figure", () => {
  // Report: "Burglary satisfaction is 81.4% ... Warwickshire (MSF) = 74% ... West Mercia (MSF) = 83.8%
  // (12 months to Dec 22)": peers for Dec-22, the force's own figure newer.
  const peers: BenchmarkInput[] = [
    { value: 74, periodEnd: "2022-12", illustrative: false, comparator: force("war", "Warwickshire") },
    { value: 83.8, periodEnd: "2022-12", illustrative: false, comparator: force("wm", "West Mercia") },
  ];
  const home = { name: "Wiltshire", value: 81.4, periodEnd: "2023-02", illustrative: false };

  it("adds the force's latest observation when the peers' figures lack it", () => {
    const bars = toBenchmarkBars(peers, "HIGHER_IS_BETTER", "2022-12", home);
    expect(bars.map((b) => [b.name, b.rank, b.periodEnd])).toEqual([
      ["West Mercia", null, "2022-12"],
      ["Wiltshire", null, "2023-02"],
      ["Warwickshire", null, "2022-12"],
    ]);
  });
  it("carries the force's confidence interval", () => {
    // CSEW: "Wiltshire = 76.8% (+/- 3.9% pts equates from 72.9% - 80.7%)", "England & Wales = 68.5% (+/- 0.8%pts)".
    const national: BenchmarkInput = {
      value: 68.5,
      lower: 67.7,
      upper: 69.3,
      periodEnd: "2022-12",
      illustrative: false,
      comparator: { code: "ew", name: "England & Wales", kind: "NATIONAL", isHomeForce: false },
    };
    const csew = {
      name: "Wiltshire",
      value: 76.8,
      lower: 72.9,
      upper: 80.7,
      periodEnd: "2022-12",
      illustrative: false,
    };
    const bars = toBenchmarkBars([national], "HIGHER_IS_BETTER", "2022-12", csew);
    expect(bars.map((b) => [b.name, b.lower, b.upper])).toEqual([
      ["Wiltshire", 72.9, 80.7],
      ["England & Wales", 67.7, 69.3],
    ]);
  });
  it("keeps a published home-force figure rather than the observation", () => {
    const bars = toBenchmarkBars(benchmarks, "LOWER_IS_BETTER", "2023-03", { ...home, value: 1 });
    expect(bars.filter((b) => b.isHome).map((b) => b.value)).toEqual([58.61]);
  });
});

describe("latestBenchmarkPeriod", () => {
  it("finds the newest period", () => {
    expect(latestBenchmarkPeriod(benchmarks)).toBe("2023-03");
    expect(latestBenchmarkPeriod([])).toBeNull();
  });
});

describe("gapToMsgAverage", () => {
  it("gives force minus MSG average where both exist, oldest first", () => {
    const gaps = gapToMsgAverage(benchmarks);
    expect(gaps.map((g) => g.periodEnd)).toEqual(["2022-03", "2023-03"]);
    expect(gaps[1]?.gap).toBeCloseTo(58.61 - 72.2);
  });
});
