import type { ChangeBasis, MetricBasis } from "../../gql/graphql";

const BASIS: Record<MetricBasis, string> = {
  ROLLING_12_MONTHS: "Rolling 12 months: each point covers the 12 months to that month",
  DISCRETE_MONTH: "Discrete month: each point covers that month alone",
  QUARTER: "Quarter: each point covers three months",
  TWELVE_MONTHS_TO: "12 months to the date shown",
};

// The API's ChangeBasis definitions, in words a reader can check against the report's own.
const CHANGE_BASIS: Record<ChangeBasis, string> = {
  YEAR_ON_YEAR: "Year on year: the 12 months to the latest month against the 12 months before",
  SAME_MONTH_LAST_YEAR: "The latest month against the same month a year earlier",
  PREVIOUS_3_MONTHS: "The latest month against the average of the three months before it",
  PREVIOUS_QUARTER: "The latest quarter against the quarter before",
  NONE: "The report judges no change for this metric",
};

/** What the metric's headline change is judged against, as a sentence for "About this metric". */
export function changeBasisText(basis: ChangeBasis): string {
  return CHANGE_BASIS[basis];
}

export function basisText(basis: MetricBasis): string {
  return BASIS[basis];
}

/** The reporting lag in plain words: "Reported 1 month in arrears". */
export function lagText(months: number): string {
  if (months <= 0) return "Reported in the month it covers";
  return `Reported ${months} month${months === 1 ? "" : "s"} in arrears`;
}
