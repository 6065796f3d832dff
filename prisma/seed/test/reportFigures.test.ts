import { describe, expect, it } from "vitest";
import { buildSeedData, REPORT_RELEASE, SUMMARY } from "../src/index.ts";

const data = buildSeedData();

// [report's words, metric, area, breakdown, periodStart, periodEnd, value]. Periods: a discrete month is
// start = end; "R12"/"12 months to" is the 12 months to end; CJS "Oct to Dec 22" is 2022-10..2022-12.
// Satisfaction is reported one month in arrears, so the report's satisfaction figures describe Feb-23.
type Row = [string, string, string, string, string, string, number];
const F = "force";
const rows: Row[] = [
  // Priority 1 - plan delivery and score card
  [
    "1196 FTE Police Officers v 1189 target as of 31 March 2023",
    "police-officer-fte",
    F,
    "",
    "2023-03",
    "2023-03",
    1196,
  ],
  ["101 abandonment rate is 7.5% for Mar-23", "abandonment-rate-101", F, "", "2023-03", "2023-03", 7.5],
  ["CCH - answer time to answer is 48 secs for Mar-23", "cch-answer-time", F, "", "2023-03", "2023-03", 48],
  [
    "during the last 6 months they have triaged / signposted an average of 39%",
    "cch-triage-rate",
    F,
    SUMMARY.lastSixMonthsMean,
    "2022-10",
    "2023-03",
    39,
  ],
  [
    "CRIB – average time to answer 11m 41 secs for Mar-23",
    "crib-answer-time",
    F,
    "",
    "2023-03",
    "2023-03",
    701,
  ],
  [
    "The last 6 months ... an average of 7m 34 secs",
    "crib-answer-time",
    F,
    SUMMARY.lastSixMonthsMean,
    "2022-10",
    "2023-03",
    454,
  ],
  [
    "The average wait time for the 12 months prior to the new model was 2m 31 secs",
    "crib-answer-time",
    F,
    SUMMARY.twelveMonthsBeforeNewModelMean,
    "2021-09",
    "2022-08",
    151,
  ],
  ["999 – answer time to answer is 10 secs for Mar-23", "answer-time-999", F, "", "2023-03", "2023-03", 10],
  ["Overall call rating is 41% for Mar-23", "thrive-overall", F, "", "2023-03", "2023-03", 41],
  [
    "Average immediate response times remain stable at 12:26 for Mar-23",
    "immediate-response-mean",
    F,
    "",
    "2023-03",
    "2023-03",
    746,
  ],
  [
    "response rate for Feb-23 is reporting at 81.8%",
    "immediate-response-rate",
    F,
    "",
    "2023-02",
    "2023-02",
    81.8,
  ],
  ["Average priority response time is 1:54:53", "priority-response-mean", F, "", "2023-03", "2023-03", 6893],
  ["within the SLA of 1 hour at 46:56", "priority-response-median", F, "", "2023-03", "2023-03", 2816],
  ["County ... with 1,435 reports in Mar", "intelligence-reports", "county", "", "2023-03", "2023-03", 1435],
  [
    "Swindon ... is at the LCL in 1,017 reports",
    "intelligence-reports",
    "swindon",
    "",
    "2023-03",
    "2023-03",
    1017,
  ],
  ["OUTSTANDING SUSPECTS • Mar-23 - 1515", "outstanding-suspects", F, "", "2023-03", "2023-03", 1515],
  [
    "More than 4 days for Mar-23 is 1448",
    "outstanding-suspects-over-4-days",
    F,
    "",
    "2023-03",
    "2023-03",
    1448,
  ],
  [
    "Those over 12 months for Mar-23 is 53",
    "outstanding-suspects-over-12-months",
    F,
    "",
    "2023-03",
    "2023-03",
    53,
  ],
  [
    "lowest force nationally for crimes per 1000 population at 58.61",
    "crimes-per-1000",
    F,
    "",
    "2022-04",
    "2023-03",
    58.61,
  ],
  ["FAT rate, R12 month rate to Mar-23 at 13.0%", "fat-rate-overall-r12", F, "", "2022-04", "2023-03", 13.0],
  [
    "13.0% with a slight increasing trend of +1.2% year on year (13.0 − 1.2)",
    "fat-rate-overall-r12",
    F,
    "",
    "2021-04",
    "2022-03",
    11.8,
  ],
  ["Discrete rate for February is 15.3%", "fat-rate-overall-discrete", F, "", "2023-02", "2023-02", 15.3],
  [
    "FAT Outcome Rate - Burglary: R12 month rate to Feb-23 is stable at 6.9%",
    "fat-rate-burglary-r12",
    F,
    "",
    "2022-03",
    "2023-02",
    6.9,
  ],
  ["Burglary ... 6.9%, +0.7% YOY (6.9 − 0.7)", "fat-rate-burglary-r12", F, "", "2021-03", "2022-02", 6.2],
  [
    "Burglary ... Discrete rate for February is 9.2%",
    "fat-rate-burglary-discrete",
    F,
    "",
    "2023-02",
    "2023-02",
    9.2,
  ],
  [
    "Violence with Injury: R12 month rate to Mar-23 is stable at 21.1%",
    "fat-rate-vwi-r12",
    F,
    "",
    "2022-04",
    "2023-03",
    21.1,
  ],
  [
    "Violence with Injury ... +1.8% year on year (21.1 − 1.8)",
    "fat-rate-vwi-r12",
    F,
    "",
    "2021-04",
    "2022-03",
    19.3,
  ],
  [
    "Violence with Injury ... Discrete rate for February is 21.1%",
    "fat-rate-vwi-discrete",
    F,
    "",
    "2023-02",
    "2023-02",
    21.1,
  ],
  ["Overall time to charge for Jan-23 is 23 days", "time-to-charge-overall", F, "", "2023-01", "2023-01", 23],
  // Priority 1 satisfaction: monthly survey results (the report reads them against control limits).
  ["Overall Victim Satisfaction - 73.9%", "victim-satisfaction-overall", F, "", "2023-02", "2023-02", 73.9],
  ["73.9% down 3.8pp YoY (73.9 + 3.8)", "victim-satisfaction-overall", F, "", "2022-02", "2022-02", 77.7],
  ["Burglary satisfaction is 81.4%", "victim-satisfaction-burglary", F, "", "2023-02", "2023-02", 81.4],
  [
    "Burglary satisfaction ... up 5.9% pts YoY (81.4 − 5.9)",
    "victim-satisfaction-burglary",
    F,
    "",
    "2022-02",
    "2022-02",
    75.5,
  ],
  ["Hate Crime satisfaction 83.1%", "victim-satisfaction-hate-crime", F, "", "2023-02", "2023-02", 83.1],
  [
    "Hate Crime satisfaction ... up 5.0%pts YoY (83.1 − 5.0)",
    "victim-satisfaction-hate-crime",
    F,
    "",
    "2022-02",
    "2022-02",
    78.1,
  ],
  [
    "Vehicle crime satisfaction at 67.0%",
    "victim-satisfaction-vehicle-crime",
    F,
    "",
    "2023-02",
    "2023-02",
    67.0,
  ],
  [
    "Vehicle crime satisfaction ... (-9.9%pts YoY) (67.0 + 9.9)",
    "victim-satisfaction-vehicle-crime",
    F,
    "",
    "2022-02",
    "2022-02",
    76.9,
  ],
  [
    "Violent crime satisfaction 73.0%",
    "victim-satisfaction-violent-crime",
    F,
    "",
    "2023-02",
    "2023-02",
    73.0,
  ],
  [
    "Overall confidence in local police: Wiltshire = 76.8%",
    "csew-confidence-local-police",
    F,
    "",
    "2022-01",
    "2022-12",
    76.8,
  ],
  [
    "+1.8%pts compared to last quarter to September 2022 (76.8 − 1.8)",
    "csew-confidence-local-police",
    F,
    "",
    "2021-10",
    "2022-09",
    75.0,
  ],
  [
    "excellent or good job in their local area: Wiltshire = 63.2%",
    "csew-excellent-good-job",
    F,
    "",
    "2022-01",
    "2022-12",
    63.2,
  ],
  ["relied on when needed: Wiltshire = 57.0%", "csew-relied-on", F, "", "2022-01", "2022-12", 57.0],
  ["Mar-23 dissatisfactions recorded 132", "dissatisfactions", F, "", "2023-03", "2023-03", 132],
  [
    "60% of complaints are resolved at Customer service level for March",
    "complaints-resolved-customer-service",
    F,
    "",
    "2023-03",
    "2023-03",
    60,
  ],
  // Priority 2
  [
    "FAT Outcome Rate - RASSO: Rolling 12 months to Mar-23 is 9.8%",
    "fat-rate-rasso-r12",
    F,
    "",
    "2022-04",
    "2023-03",
    9.8,
  ],
  [
    "FAT Outcome Rate – Rape: Rolling 12 months to Mar-23 8.1%",
    "fat-rate-rape-r12",
    F,
    "",
    "2022-04",
    "2023-03",
    8.1,
  ],
  ["Rape ... 8.1% (+4.3pts YOY) (8.1 − 4.3)", "fat-rate-rape-r12", F, "", "2021-04", "2022-03", 3.8],
  [
    "Other Sexual Offences: Rolling 12 months to Mar-23 13.8%",
    "fat-rate-other-sexual-r12",
    F,
    "",
    "2022-04",
    "2023-03",
    13.8,
  ],
  [
    "Other Sexual Offences ... (+5.4 pts YOY) (13.8 − 5.4)",
    "fat-rate-other-sexual-r12",
    F,
    "",
    "2021-04",
    "2022-03",
    8.4,
  ],
  [
    "FAT Outcome Rate – S&H: Rolling 12 months to Mar-23 7.1%",
    "fat-rate-sh-r12",
    F,
    "",
    "2022-04",
    "2023-03",
    7.1,
  ],
  ["RASSO Time to charge for Mar-23 is 137", "time-to-charge-rasso", F, "", "2023-03", "2023-03", 137],
  [
    "the 31 charge decisions received for RASSO in Jan & Feb-23",
    "rasso-charge-decisions",
    F,
    SUMMARY.twoMonthTotal,
    "2023-01",
    "2023-02",
    31,
  ],
  ["DA outstanding suspects ... Mar-23 is 430", "outstanding-suspects-da", F, "", "2023-03", "2023-03", 430],
  [
    "RASSO outstanding suspects ... exceptionally low at 138",
    "outstanding-suspects-rasso",
    F,
    "",
    "2023-03",
    "2023-03",
    138,
  ],
  ["S&H outstanding suspects ... Mar-23 is 251", "outstanding-suspects-sh", F, "", "2023-03", "2023-03", 251],
  // Priority 3
  [
    "Jan-23 and Feb-23 recorded a two-month exceptional high, 52 and 58",
    "drug-driving-arrests",
    F,
    "",
    "2023-01",
    "2023-01",
    52,
  ],
  ["... 52 and 58 consecutively", "drug-driving-arrests", F, "", "2023-02", "2023-02", 58],
  ["Mar-23 recording back to norm figures at 28", "drug-driving-arrests", F, "", "2023-03", "2023-03", 28],
  [
    "FAT outcome rate: Cyber – R12m to Mar-23 is 9.7%",
    "fat-rate-cyber-r12",
    F,
    "",
    "2022-04",
    "2023-03",
    9.7,
  ],
  [
    "FAT outcome rate: Hate crime – R12m to Jan-23 is 14.8%",
    "fat-rate-hate-crime-r12",
    F,
    "",
    "2022-02",
    "2023-01",
    14.8,
  ],
  // Priority 4 - "PUBLIC CONSULTATION - Febuary-23 data"
  ["Actions taken: Up: 72.0%", "satisfaction-actions-taken", F, "", "2022-03", "2023-02", 72.0],
  [
    "Actions taken ... (YOY -2.6pp) (72.0 + 2.6)",
    "satisfaction-actions-taken",
    F,
    "",
    "2021-03",
    "2022-02",
    74.6,
  ],
  ["Being kept informed: Up: 68.5%", "satisfaction-kept-informed", F, "", "2022-03", "2023-02", 68.5],
  ["Ease of contact: Stable: 93.3%", "satisfaction-ease-of-contact", F, "", "2022-03", "2023-02", 93.3],
  ["Investigation: Up: 67.8%", "satisfaction-investigation", F, "", "2022-03", "2023-02", 67.8],
  ["Time to arrive R12m – 85.3%", "satisfaction-time-to-arrive", F, "", "2022-03", "2023-02", 85.3],
  [
    "Time to arrive ... down -5.6pp YoY (85.3 + 5.6)",
    "satisfaction-time-to-arrive",
    F,
    "",
    "2021-03",
    "2022-02",
    90.9,
  ],
  ["Treatment by police: 88.6%", "satisfaction-treatment", F, "", "2022-03", "2023-02", 88.6],
  // CJS: Improving timeliness
  [
    "Average days taken for police to charge ... 63 days",
    "cjs-days-to-charge",
    F,
    "",
    "2022-10",
    "2022-12",
    63,
  ],
  [
    "63 days UP 15 days from previous quarter (63 − 15)",
    "cjs-days-to-charge",
    F,
    "",
    "2022-07",
    "2022-09",
    48,
  ],
  [
    "referring a case to the CPS and the CPS authorising a charge ... 97 days",
    "cjs-days-cps-charge",
    F,
    "",
    "2022-10",
    "2022-12",
    97,
  ],
  [
    "97 days UP 60 days from previous quarter (97 − 60)",
    "cjs-days-cps-charge",
    F,
    "",
    "2022-07",
    "2022-09",
    37,
  ],
  [
    "arrival to case completion at the Crown Court ... 181 days",
    "cjs-days-crown-court",
    F,
    "",
    "2022-10",
    "2022-12",
    181,
  ],
  [
    "181 days Down 17 days from previous quarter (181 + 17)",
    "cjs-days-crown-court",
    F,
    "",
    "2022-07",
    "2022-09",
    198,
  ],
  // CJS: Increasing victim engagement
  [
    "victim does not support police action (%) ... 25%",
    "cjs-victim-not-support-police-action",
    F,
    "",
    "2022-10",
    "2022-12",
    25,
  ],
  [
    "25% Up 5 percentage points from previous quarter (25 − 5)",
    "cjs-victim-not-support-police-action",
    F,
    "",
    "2022-07",
    "2022-09",
    20,
  ],
  [
    "no longer supports prosecution on the day of trial (%) ... 1.8%",
    "cjs-victim-withdraws-day-of-trial",
    F,
    "",
    "2022-10",
    "2022-12",
    1.8,
  ],
  [
    "1.8% Down 1.0 percentage point from previous quarter (1.8 + 1.0)",
    "cjs-victim-withdraws-day-of-trial",
    F,
    "",
    "2022-07",
    "2022-09",
    2.8,
  ],
  [
    "Cases stopped after a defendant has been charged ... 11%",
    "cjs-cases-stopped-victim-withdraws",
    F,
    "",
    "2022-10",
    "2022-12",
    11,
  ],
  [
    "11% No change from previous quarter",
    "cjs-cases-stopped-victim-withdraws",
    F,
    "",
    "2022-07",
    "2022-09",
    11,
  ],
  // CJS: Improving quality of justice
  [
    "offender is issued with a successful outcome (%) ... 9%",
    "cjs-successful-outcome",
    F,
    "",
    "2022-10",
    "2022-12",
    9,
  ],
  [
    "9% Down 2 percentage points from previous quarter (9 + 2)",
    "cjs-successful-outcome",
    F,
    "",
    "2022-07",
    "2022-09",
    11,
  ],
  [
    "completed trial or guilty plea (%) ... 92%",
    "cjs-completed-trial-or-guilty-plea",
    F,
    "",
    "2022-10",
    "2022-12",
    92,
  ],
  [
    "92% Down 3 percentage points from previous quarter (92 + 3)",
    "cjs-completed-trial-or-guilty-plea",
    F,
    "",
    "2022-07",
    "2022-09",
    95,
  ],
  [
    "decisions to charge and proceed to trial are correct (%) ... 100%",
    "cjs-correct-charge-decisions",
    F,
    "",
    "2022-10",
    "2022-12",
    100,
  ],
];

describe("every report figure is stored with its period and value", () => {
  it("covers at least 60 figures from all four priorities and all three CJS pages", () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(rows)("%s", (_quote, metricId, area, breakdown, periodStart, periodEnd, value) => {
    const found = data.observations.filter(
      (o) =>
        o.metricId === metricId &&
        o.area === area &&
        o.breakdown === breakdown &&
        o.periodStart === periodStart &&
        o.periodEnd === periodEnd,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBeCloseTo(value, 6);
    expect(found[0]!.illustrative).toBe(false);
    expect(found[0]!.sourceRelease).toBe(REPORT_RELEASE);
  });
});

// [report's words, metric, comparator, periodStart, periodEnd, value]
type BenchmarkRow = [string, string, string, string, string, number];
const benchmarkRows: BenchmarkRow[] = [
  [
    "Wiltshire remains the lowest force nationally ... at 58.61",
    "crimes-per-1000",
    "wiltshire",
    "2022-04",
    "2023-03",
    58.61,
  ],
  ["with an MSG average of 72.20", "crimes-per-1000", "msg-average", "2022-04", "2023-03", 72.2],
  [
    "a national average of – 65% (12 months to Dec 22)",
    "victim-satisfaction-overall",
    "england-wales",
    "2022-01",
    "2022-12",
    65,
  ],
  [
    "Burglary: Warwickshire (MSF) = 74%",
    "victim-satisfaction-burglary",
    "warwickshire",
    "2022-01",
    "2022-12",
    74,
  ],
  [
    "Burglary: West Mercia (MSF) = 83.8%",
    "victim-satisfaction-burglary",
    "west-mercia",
    "2022-01",
    "2022-12",
    83.8,
  ],
  [
    "Hate Crime: Warwickshire (MSF) – 69%",
    "victim-satisfaction-hate-crime",
    "warwickshire",
    "2022-01",
    "2022-12",
    69,
  ],
  [
    "Hate Crime: West Mercia (MSF) – 73.4%",
    "victim-satisfaction-hate-crime",
    "west-mercia",
    "2022-01",
    "2022-12",
    73.4,
  ],
  [
    "Vehicle crime: Warwickshire (MSF) – 64%",
    "victim-satisfaction-vehicle-crime",
    "warwickshire",
    "2022-01",
    "2022-12",
    64,
  ],
  [
    "England & Wales = 68.5% (+/- 0.8%pts)",
    "csew-confidence-local-police",
    "england-wales",
    "2022-01",
    "2022-12",
    68.5,
  ],
  [
    "England & Wales = 52.3% (+/-0.8%pts)",
    "csew-excellent-good-job",
    "england-wales",
    "2022-01",
    "2022-12",
    52.3,
  ],
  ["England & Wales = 53.7% (+/-0.8%pts)", "csew-relied-on", "england-wales", "2022-01", "2022-12", 53.7],
  ["Nationally 49 days", "cjs-days-to-charge", "england-wales", "2022-10", "2022-12", 49],
  ["Nationally 47 days", "cjs-days-cps-charge", "england-wales", "2022-10", "2022-12", 47],
  ["Nationally 250 days", "cjs-days-crown-court", "england-wales", "2022-10", "2022-12", 250],
  ["Nationally 28%", "cjs-victim-not-support-police-action", "england-wales", "2022-10", "2022-12", 28],
  ["Nationally 1.1%", "cjs-victim-withdraws-day-of-trial", "england-wales", "2022-10", "2022-12", 1.1],
  ["Nationally 15%", "cjs-cases-stopped-victim-withdraws", "england-wales", "2022-10", "2022-12", 15],
  ["Nationally 8%", "cjs-successful-outcome", "england-wales", "2022-10", "2022-12", 8],
  ["Nationally 86%", "cjs-completed-trial-or-guilty-plea", "england-wales", "2022-10", "2022-12", 86],
  ["Nationally 97%", "cjs-correct-charge-decisions", "england-wales", "2022-10", "2022-12", 97],
];

describe("every comparison in the report is a benchmark", () => {
  it.each(benchmarkRows)("%s", (_quote, metricId, comparator, periodStart, periodEnd, value) => {
    const found = data.benchmarks.filter(
      (b) =>
        b.metricId === metricId &&
        b.comparator === comparator &&
        b.periodStart === periodStart &&
        b.periodEnd === periodEnd,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBeCloseTo(value, 6);
  });

  it("records 'the lowest force nationally' as rank 1 of 43", () => {
    const own = data.benchmarks.find((b) => b.metricId === "crimes-per-1000" && b.comparator === "wiltshire");
    expect([own?.rank, own?.rankOutOf]).toEqual([1, 43]);
  });

  it("keeps the survey intervals as printed: CSEW Wiltshire 76.8% (+/- 3.9% pts equates from 72.9% - 80.7%)", () => {
    const csew = data.observations.find(
      (o) => o.metricId === "csew-confidence-local-police" && o.periodEnd === "2022-12",
    );
    expect([csew?.lower, csew?.upper]).toEqual([72.9, 80.7]);
    const national = data.benchmarks.find((b) => b.metricId === "csew-confidence-local-police");
    expect([national?.lower, national?.upper]).toEqual([67.7, 69.3]);
    const thrive = data.observations.find(
      (o) => o.metricId === "thrive-overall" && o.periodEnd === "2023-03",
    );
    expect([thrive?.lower, thrive?.upper]).toEqual([36, 46]); // "+/-5% margin of error (CI=95%)"
  });
});
