import { describe, expect, it } from "vitest";
import { buildSeedData, type SeedMetric } from "../src/index.ts";

// A family groups metrics the API compares side by side (apps/api services/metrics/familyComparisons):
// the rolling 12 months against the discrete month, and the mean against the median. Those
// comparisons only mean something for the SAME measure: the report pairs "FAT rate, rolling 12
// months" with "FAT rate, discrete month", and the priority response mean with its median. A family
// that mixed crimes per 1000 (a rate) with crime volume (a count) showed the count 3,396 as the
// "discrete" figure for crimes per 1000.
const { metrics } = buildSeedData();

function families(): Map<string, SeedMetric[]> {
  const byFamily = new Map<string, SeedMetric[]>();
  for (const metric of metrics) {
    if (!metric.family) continue;
    byFamily.set(metric.family, [...(byFamily.get(metric.family) ?? []), metric]);
  }
  return byFamily;
}

const isPaired = (members: SeedMetric[], basis: SeedMetric["basis"]) =>
  members.some((m) => m.basis === basis);

describe("metric families", () => {
  it("pair rolling 12 months with a discrete month only for the same measure (unit and statistic)", () => {
    for (const [family, members] of families()) {
      if (!isPaired(members, "ROLLING_12_MONTHS") || !isPaired(members, "DISCRETE_MONTH")) continue;
      const measures = new Set(members.map((m) => `${m.unit}/${m.statistic}`));
      expect([...measures], `family ${family}`).toHaveLength(1);
      expect(members, `family ${family}: one rolling and one discrete`).toHaveLength(2);
    }
  });

  it("pair a mean with a median only in the same unit", () => {
    for (const [family, members] of families()) {
      const mean = members.filter((m) => m.statistic === "mean");
      const median = members.filter((m) => m.statistic === "median");
      if (mean.length === 0 || median.length === 0) continue;
      expect(new Set(members.map((m) => m.unit)).size, `family ${family}`).toBe(1);
    }
  });

  it("keep crimes per 1000 and crime volume out of each other's comparisons", () => {
    const crimeRate = metrics.find((m) => m.id === "crimes-per-1000");
    const crimeVolume = metrics.find((m) => m.id === "crime-volume");
    // Report line 199: "crimes per 1000" is a rate; crime volume is a monthly count.
    expect(crimeRate?.unit).toBe("RATE_PER_1000");
    expect(crimeVolume?.unit).toBe("COUNT");
    expect(crimeRate?.family === undefined || crimeRate.family !== crimeVolume?.family).toBe(true);
  });

  it("still pairs the report's genuine rolling and discrete FAT rates", () => {
    // Report, priority 1 score card: overall, burglary and violence with injury FAT rates, each as
    // rolling 12 months and discrete month.
    for (const family of ["fat-rate-overall", "fat-rate-burglary", "fat-rate-vwi"]) {
      const bases = families()
        .get(family)
        ?.map((m) => m.basis)
        .sort();
      expect(bases, family).toEqual(["DISCRETE_MONTH", "ROLLING_12_MONTHS"]);
    }
  });
});
