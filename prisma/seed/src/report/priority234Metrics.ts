import type { SeedMetric } from "../types.ts";
import { sources } from "./sources.ts";

const force = { dataSource: sources.force };
const volume = {
  ...force,
  unit: "COUNT",
  polarity: "LOWER_IS_BETTER",
  basis: "DISCRETE_MONTH",
  statistic: "volume",
} as const;
const fatR12 = {
  ...force,
  unit: "PERCENT",
  polarity: "HIGHER_IS_BETTER",
  basis: "ROLLING_12_MONTHS",
  statistic: "rate",
} as const;
// A caseload on the day, not a flow: compared with the same month a year before.
const suspects = {
  ...volume,
  family: "outstanding-suspects",
  dataCaptureStart: "2022-06",
  changeBasis: "SAME_MONTH_LAST_YEAR",
} as const;
const satisfaction = {
  dataSource: sources.smsr,
  isSurvey: true,
  basis: "ROLLING_12_MONTHS",
  unit: "PERCENT",
  polarity: "HIGHER_IS_BETTER",
  // Not the Priority 1 "victim-satisfaction" family: those are monthly results, these rolling 12 months.
  family: "victim-satisfaction-elements",
  statistic: "rate",
  reportingLagMonths: 1,
  lagNote:
    "Survey data is not received from SMSR until the second week of the month, so satisfaction is reported one month in arrears (the March – May 23 report shows Febuary-23 data); victims are surveyed after a 3-month lag.",
} as const;
const cjs = {
  dataSource: sources.cjs,
  sourceUrl: sources.cjsUrl,
  basis: "QUARTER",
  family: "cjs",
  // The March – May 23 report shows the dashboard's Oct to Dec 22 quarter.
  reportingLagMonths: 3,
  lagNote:
    "The Criminal Justice System Delivery Data Dashboard publishes a quarter some months after it ends: the March – May 23 report shows Oct to Dec 22.",
} as const;

export const priority234Metrics: SeedMetric[] = [
  // Priority 2
  { id: "rasso-volume", name: "RASSO volume", ...volume },
  { id: "stalking-harassment-volume", name: "Stalking and Harassment volume", ...volume },
  { id: "domestic-abuse-volume", name: "Domestic abuse volume", ...volume },
  { id: "fat-rate-rasso-r12", name: "FAT outcome rate - RASSO, rolling 12 months", ...fatR12 },
  { id: "fat-rate-rape-r12", name: "FAT outcome rate - Rape, rolling 12 months", ...fatR12 },
  {
    id: "fat-rate-other-sexual-r12",
    name: "FAT outcome rate - Other Sexual Offences, rolling 12 months",
    ...fatR12,
  },
  { id: "fat-rate-sh-r12", name: "FAT outcome rate - S&H, rolling 12 months", ...fatR12 },
  {
    id: "time-to-charge-rasso",
    name: "RASSO time to charge",
    unit: "DAYS",
    polarity: "LOWER_IS_BETTER",
    basis: "DISCRETE_MONTH",
    family: "time-to-charge",
    statistic: "mean",
    ...force,
  },
  {
    id: "rasso-charge-decisions",
    name: "RASSO charge decisions received",
    unit: "COUNT",
    polarity: "NEUTRAL",
    basis: "DISCRETE_MONTH",
    statistic: "volume",
    ...force,
  },
  { id: "outstanding-suspects-da", name: "DA outstanding suspects", ...suspects },
  { id: "outstanding-suspects-rasso", name: "RASSO outstanding suspects", ...suspects },
  { id: "outstanding-suspects-sh", name: "S&H outstanding suspects", ...suspects },
  // Priority 3
  {
    id: "drug-driving-arrests",
    name: "Drug driving arrests",
    unit: "COUNT",
    polarity: "NEUTRAL",
    basis: "DISCRETE_MONTH",
    statistic: "volume",
    ...force,
  },
  {
    id: "drink-driving-arrests",
    name: "Drink driving arrests",
    unit: "COUNT",
    polarity: "NEUTRAL",
    basis: "DISCRETE_MONTH",
    statistic: "volume",
    ...force,
  },
  { id: "asb-volume", name: "ASB volume", ...volume },
  { id: "cybercrime-volume", name: "Reported Cybercrimes", ...volume },
  { id: "hate-crime-volume", name: "Hate crime volume", ...volume },
  { id: "fat-rate-cyber-r12", name: "FAT outcome rate: Cyber, rolling 12 months", ...fatR12 },
  { id: "fat-rate-hate-crime-r12", name: "FAT outcome rate: Hate crime, rolling 12 months", ...fatR12 },
  // Priority 4: victim satisfaction elements ("PUBLIC CONSULTATION - Febuary-23 data")
  { id: "satisfaction-actions-taken", name: "Actions taken", ...satisfaction },
  { id: "satisfaction-kept-informed", name: "Being kept informed", ...satisfaction },
  { id: "satisfaction-ease-of-contact", name: "Ease of contact", ...satisfaction },
  { id: "satisfaction-investigation", name: "Investigation", ...satisfaction },
  { id: "satisfaction-time-to-arrive", name: "Time to arrive", ...satisfaction },
  { id: "satisfaction-treatment", name: "Treatment by police", ...satisfaction },
  // Priority 4: CJS score cards (quarterly dashboard)
  {
    id: "cjs-days-to-charge",
    name: "Average days taken for police to charge an offender in victim-based cases",
    unit: "DAYS",
    polarity: "LOWER_IS_BETTER",
    ...cjs,
  },
  {
    id: "cjs-days-cps-charge",
    name: "Average days from police referring a case to the CPS and the CPS authorising a charge",
    unit: "DAYS",
    polarity: "LOWER_IS_BETTER",
    ...cjs,
  },
  {
    id: "cjs-days-crown-court",
    name: "Average days from arrival to case completion at the Crown Court",
    unit: "DAYS",
    polarity: "LOWER_IS_BETTER",
    ...cjs,
  },
  {
    id: "cjs-victim-not-support-police-action",
    name: "Investigations closed because the victim does not support police action",
    unit: "PERCENT",
    polarity: "LOWER_IS_BETTER",
    ...cjs,
  },
  {
    id: "cjs-victim-withdraws-day-of-trial",
    name: "Cases in which the victim or witness no longer supports prosecution on the day of trial",
    unit: "PERCENT",
    polarity: "LOWER_IS_BETTER",
    ...cjs,
  },
  {
    id: "cjs-cases-stopped-victim-withdraws",
    name: "Cases stopped after a defendant has been charged because a victim no longer supports the prosecution",
    unit: "PERCENT",
    polarity: "LOWER_IS_BETTER",
    ...cjs,
  },
  {
    id: "cjs-successful-outcome",
    name: "Victim-based offences where an offender is issued with a successful outcome",
    unit: "PERCENT",
    polarity: "HIGHER_IS_BETTER",
    ...cjs,
  },
  {
    id: "cjs-completed-trial-or-guilty-plea",
    name: "Cases which resulted in a completed trial or guilty plea",
    unit: "PERCENT",
    polarity: "HIGHER_IS_BETTER",
    ...cjs,
  },
  {
    id: "cjs-correct-charge-decisions",
    name: "Post-trial cases where the decisions to charge and proceed to trial are correct",
    unit: "PERCENT",
    polarity: "HIGHER_IS_BETTER",
    ...cjs,
  },
];
