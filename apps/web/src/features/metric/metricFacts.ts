import type { MetricBasis } from "../../gql/graphql";

const BASIS: Record<MetricBasis, string> = {
  ROLLING_12_MONTHS: "Rolling 12 months: each point covers the 12 months to that month",
  DISCRETE_MONTH: "Discrete month: each point covers that month alone",
  QUARTER: "Quarter: each point covers three months",
  TWELVE_MONTHS_TO: "12 months to the date shown",
};

export function basisText(basis: MetricBasis): string {
  return BASIS[basis];
}

/** The reporting lag in plain words: "Reported 1 month in arrears". */
export function lagText(months: number): string {
  if (months <= 0) return "Reported in the month it covers";
  return `Reported ${months} month${months === 1 ? "" : "s"} in arrears`;
}
