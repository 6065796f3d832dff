import { addMonths } from "@pcc/domain";
import type { SeedBenchmark } from "../types.ts";
import { REPORT_RELEASE } from "./REPORT_RELEASE.ts";
import { sources } from "./sources.ts";

function twelveMonthsTo(end: string) {
  return { periodStart: addMonths(end, -11), periodEnd: end };
}

const toDec22 = twelveMonthsTo("2022-12");
const octToDec22 = { periodStart: "2022-10", periodEnd: "2022-12" };
const cjsNational: [string, number][] = [
  ["cjs-days-to-charge", 49],
  ["cjs-days-cps-charge", 47],
  ["cjs-days-crown-court", 250],
  ["cjs-victim-not-support-police-action", 28],
  ["cjs-victim-withdraws-day-of-trial", 1.1],
  ["cjs-cases-stopped-victim-withdraws", 15],
  ["cjs-successful-outcome", 8],
  ["cjs-completed-trial-or-guilty-plea", 86],
  ["cjs-correct-charge-decisions", 97],
];
const peerSatisfaction: [string, string, number][] = [
  ["victim-satisfaction-burglary", "warwickshire", 74],
  ["victim-satisfaction-burglary", "west-mercia", 83.8],
  ["victim-satisfaction-hate-crime", "warwickshire", 69],
  ["victim-satisfaction-hate-crime", "west-mercia", 73.4],
  ["victim-satisfaction-vehicle-crime", "warwickshire", 64],
];
const csewNational: [string, number][] = [
  ["csew-confidence-local-police", 68.5],
  ["csew-excellent-good-job", 52.3],
  ["csew-relied-on", 53.7],
];
const round1 = (x: number) => Math.round(x * 10) / 10;

// Every comparison the report prints. "Lowest force nationally" is rank 1 of the 43 forces of England & Wales.
export const benchmarks: SeedBenchmark[] = [
  {
    metricId: "crimes-per-1000",
    comparator: "wiltshire",
    ...twelveMonthsTo("2023-03"),
    value: 58.61,
    rank: 1,
    rankOutOf: 43,
    source: REPORT_RELEASE,
    note: "lowest force nationally",
  },
  {
    metricId: "crimes-per-1000",
    comparator: "msg-average",
    isMostSimilarGroup: true,
    ...twelveMonthsTo("2023-03"),
    value: 72.2,
    source: REPORT_RELEASE,
  },
  {
    metricId: "victim-satisfaction-overall",
    comparator: "england-wales",
    ...toDec22,
    value: 65,
    source: REPORT_RELEASE,
    note: "Average of forces who shared data. NB: Not all forces returned data and forces do not all use the same survey script.",
  },
  ...peerSatisfaction.map(([metricId, comparator, value]) => ({
    metricId,
    comparator,
    ...toDec22,
    value,
    source: REPORT_RELEASE,
    note: "MSF, 12 months to Dec 22",
  })),
  ...csewNational.map(([metricId, value]) => ({
    metricId,
    comparator: "england-wales",
    ...toDec22,
    value,
    lower: round1(value - 0.8),
    upper: round1(value + 0.8),
    source: sources.csew,
    note: "+/-0.8%pts",
  })),
  ...cjsNational.map(([metricId, value]) => ({
    metricId,
    comparator: "england-wales",
    ...octToDec22,
    value,
    source: sources.cjs,
    note: "Nationally",
  })),
];
