import type { SeedObservation } from "../types.ts";
import { figure } from "./figure.ts";
import { SUMMARY } from "./SUMMARY.ts";

// Every figure the report prints for Wiltshire, with the month it describes. Victim satisfaction is
// reported one month in arrears, so the March – May 23 report's satisfaction figures describe Feb-23
// (the Priority 4 page says so: "Febuary-23 data"). Values "derived" come from a stated change.
const DERIVED_YOY = "derived from the report's stated year-on-year change";
const DERIVED_QOQ = "derived from the report's stated quarter-on-quarter change";
const R12 = 12;

const priority1: SeedObservation[] = [
  figure("police-officer-fte", "2023-03", 1196, 1, { note: "as of 31 March 2023" }),
  figure("abandonment-rate-101", "2023-03", 7.5),
  figure("cch-answer-time", "2023-03", 48),
  figure("cch-triage-rate", "2023-03", 39, 6, { breakdown: SUMMARY.lastSixMonthsMean }),
  figure("crib-answer-time", "2023-03", 701),
  figure("crib-answer-time", "2023-03", 454, 6, { breakdown: SUMMARY.lastSixMonthsMean }),
  figure("crib-answer-time", "2022-08", 151, 12, { breakdown: SUMMARY.twelveMonthsBeforeNewModelMean }),
  figure("answer-time-999", "2023-03", 10),
  figure("thrive-overall", "2023-03", 41, 1, { lower: 36, upper: 46 }),
  figure("immediate-response-mean", "2023-03", 746),
  figure("immediate-response-rate", "2023-02", 81.8),
  figure("priority-response-mean", "2023-03", 6893),
  figure("priority-response-median", "2023-03", 2816),
  figure("intelligence-reports", "2023-03", 1435, 1, { area: "county" }),
  figure("intelligence-reports", "2023-03", 1017, 1, { area: "swindon" }),
  figure("outstanding-suspects", "2023-03", 1515),
  figure("outstanding-suspects-over-4-days", "2023-03", 1448),
  figure("outstanding-suspects-over-12-months", "2023-03", 53),
  figure("crimes-per-1000", "2023-03", 58.61, R12, {
    note: "The report does not state the period; taken as the 12 months to Mar-23.",
  }),
  figure("fat-rate-overall-r12", "2023-03", 13.0, R12),
  figure("fat-rate-overall-r12", "2022-03", 11.8, R12, { note: DERIVED_YOY }),
  figure("fat-rate-overall-discrete", "2023-02", 15.3),
  figure("fat-rate-burglary-r12", "2023-02", 6.9, R12),
  figure("fat-rate-burglary-r12", "2022-02", 6.2, R12, { note: DERIVED_YOY }),
  figure("fat-rate-burglary-discrete", "2023-02", 9.2),
  figure("fat-rate-vwi-r12", "2023-03", 21.1, R12),
  figure("fat-rate-vwi-r12", "2022-03", 19.3, R12, { note: DERIVED_YOY }),
  figure("fat-rate-vwi-discrete", "2023-02", 21.1),
  figure("time-to-charge-overall", "2023-01", 23),
  figure("victim-satisfaction-overall", "2023-02", 73.9),
  figure("victim-satisfaction-overall", "2022-02", 77.7, 1, { note: DERIVED_YOY }),
  figure("victim-satisfaction-burglary", "2023-02", 81.4),
  figure("victim-satisfaction-burglary", "2022-02", 75.5, 1, { note: DERIVED_YOY }),
  figure("victim-satisfaction-hate-crime", "2023-02", 83.1),
  figure("victim-satisfaction-hate-crime", "2022-02", 78.1, 1, { note: DERIVED_YOY }),
  figure("victim-satisfaction-vehicle-crime", "2023-02", 67.0),
  figure("victim-satisfaction-vehicle-crime", "2022-02", 76.9, 1, { note: DERIVED_YOY }),
  figure("victim-satisfaction-violent-crime", "2023-02", 73.0),
  figure("csew-confidence-local-police", "2022-12", 76.8, R12, { lower: 72.9, upper: 80.7 }),
  figure("csew-confidence-local-police", "2022-09", 75.0, R12, {
    note: "derived from the report's stated change compared to last quarter",
  }),
  figure("csew-excellent-good-job", "2022-12", 63.2, R12, { lower: 57, upper: 69 }),
  figure("csew-relied-on", "2022-12", 57.0, R12, { lower: 51.9, upper: 62.2 }),
  figure("dissatisfactions", "2023-03", 132),
  figure("complaints-resolved-customer-service", "2023-03", 60),
];

const priority2: SeedObservation[] = [
  figure("fat-rate-rasso-r12", "2023-03", 9.8, R12),
  figure("fat-rate-rape-r12", "2023-03", 8.1, R12),
  figure("fat-rate-rape-r12", "2022-03", 3.8, R12, { note: DERIVED_YOY }),
  figure("fat-rate-other-sexual-r12", "2023-03", 13.8, R12),
  figure("fat-rate-other-sexual-r12", "2022-03", 8.4, R12, { note: DERIVED_YOY }),
  figure("fat-rate-sh-r12", "2023-03", 7.1, R12),
  figure("time-to-charge-rasso", "2023-03", 137),
  figure("rasso-charge-decisions", "2023-02", 31, 2, {
    breakdown: SUMMARY.twoMonthTotal,
    note: "Jan & Feb-23 together",
  }),
  figure("outstanding-suspects-da", "2023-03", 430),
  figure("outstanding-suspects-rasso", "2023-03", 138),
  figure("outstanding-suspects-sh", "2023-03", 251),
];

const priority3: SeedObservation[] = [
  figure("drug-driving-arrests", "2023-01", 52),
  figure("drug-driving-arrests", "2023-02", 58),
  figure("drug-driving-arrests", "2023-03", 28),
  figure("fat-rate-cyber-r12", "2023-03", 9.7, R12),
  figure("fat-rate-hate-crime-r12", "2023-01", 14.8, R12),
];

// "PUBLIC CONSULTATION - Febuary-23 data": [metric, Feb-23 value, stated YoY change in points].
const satisfactionElements: [string, number, number][] = [
  ["satisfaction-actions-taken", 72.0, -2.6],
  ["satisfaction-kept-informed", 68.5, 1.1],
  ["satisfaction-ease-of-contact", 93.3, -1.0],
  ["satisfaction-investigation", 67.8, -0.7],
  ["satisfaction-time-to-arrive", 85.3, -5.6],
  ["satisfaction-treatment", 88.6, -1.7],
];

const priority4 = satisfactionElements.flatMap(([id, value, yoy]) => [
  figure(id, "2023-02", value, R12),
  figure(id, "2022-02", Math.round((value - yoy) * 10) / 10, R12, { note: DERIVED_YOY }),
]);

// CJS pages: [metric, Oct to Dec 22 value, stated change from previous quarter].
const cjsFigures: [string, number, number][] = [
  ["cjs-days-to-charge", 63, 15],
  ["cjs-days-cps-charge", 97, 60],
  ["cjs-days-crown-court", 181, -17],
  ["cjs-victim-not-support-police-action", 25, 5],
  ["cjs-victim-withdraws-day-of-trial", 1.8, -1.0],
  ["cjs-cases-stopped-victim-withdraws", 11, 0],
  ["cjs-successful-outcome", 9, -2],
  ["cjs-completed-trial-or-guilty-plea", 92, -3],
  ["cjs-correct-charge-decisions", 100, 0],
];

const cjs = cjsFigures.flatMap(([id, value, change]) => [
  figure(id, "2022-12", value, 3),
  figure(id, "2022-09", Math.round((value - change) * 10) / 10, 3, { note: DERIVED_QOQ }),
]);

export const reportObservations: SeedObservation[] = [
  ...priority1,
  ...priority2,
  ...priority3,
  ...priority4,
  ...cjs,
];
