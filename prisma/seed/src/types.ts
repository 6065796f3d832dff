import type { ChangeBasis } from "@pcc/domain";

// The report as plain data. Months are "YYYY-MM" strings; the seeder turns them into dates.
// One file holds every seed type (types only), so data files and the seeder share one vocabulary.

/** A calendar month, "YYYY-MM". */
export type Month = string;

export type ComparatorKind = "FORCE" | "MSG_AVERAGE" | "NATIONAL";
export type StatementKind = "OUTCOME" | "FOCUS" | "RISK";
export type ScorecardKind = "FORCE" | "CJS";
export type MetricUnit = "PERCENT" | "SECONDS" | "COUNT" | "DAYS" | "RATE_PER_1000";
export type Polarity = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NEUTRAL";
export type MetricBasis = "DISCRETE_MONTH" | "ROLLING_12_MONTHS" | "TWELVE_MONTHS_TO" | "QUARTER";
export type { ChangeBasis };

export interface SeedComparator {
  code: string;
  name: string;
  kind: ComparatorKind;
  isHomeForce: boolean;
}

export interface SeedMostSimilarGroup {
  homeForce: string;
  publisher: string;
  label: string;
  validFrom: string; // "YYYY-MM-DD"
  members: string[];
  note: string;
}

export interface SeedArea {
  code: string;
  name: string;
  position: number;
}

export interface SeedPlan {
  code: string;
  title: string;
  force: string;
  startYear: number;
  endYear: number;
}

export interface SeedReportingPeriod {
  code: string;
  label: string;
  kind: "MONTH" | "QUARTER";
  start: Month;
  end: Month;
  dataMonth?: Month;
}

export interface SeedPriority {
  number: number;
  title: string;
  outcomes: string[];
  focus: string[];
  risks: string[];
}

export interface SeedDeliverable {
  priority: number;
  action: string;
  due: string;
  dueDate?: string; // "YYYY-MM-DD": last day of the month or quarter due names
  progress: number;
  note?: string;
}

export interface SeedSection {
  title: string;
  metricIds: string[];
  commentary: string[];
}

export interface SeedScorecard {
  priority: number;
  title: string;
  kind: ScorecardKind;
  source?: string;
  sourceUrl?: string;
  sections: SeedSection[];
}

export interface SeedProcessChange {
  month: Month;
  label: string;
}

export interface SeedMetric {
  id: string;
  name: string;
  description?: string;
  unit: MetricUnit;
  polarity: Polarity;
  basis: MetricBasis;
  /** Defaults to the domain's defaultChangeBasis for the basis and unit. */
  changeBasis?: ChangeBasis;
  family?: string;
  statistic?: string;
  target?: number;
  targetKind?: "SLA" | "TARGET";
  targetLabel?: string;
  dataSource: string;
  sourceUrl?: string;
  reportingLagMonths?: number;
  lagNote?: string;
  dataCaptureStart?: Month;
  /** Control limits from the first N months, then fixed. */
  spcBaselinePoints?: number;
  isSurvey?: boolean;
  processChanges?: SeedProcessChange[];
}

export interface SeedObservation {
  metricId: string;
  area: string; // area code
  breakdown: string; // "" when none
  periodStart: Month;
  periodEnd: Month;
  value: number;
  numerator?: number;
  denominator?: number;
  lower?: number;
  upper?: number;
  sourceRelease: string;
  illustrative: boolean;
  note?: string;
}

export interface SeedBenchmark {
  metricId: string;
  comparator: string; // comparator code
  isMostSimilarGroup?: boolean; // links the benchmark to the seeded most similar group
  periodStart: Month;
  periodEnd: Month;
  value: number;
  lower?: number;
  upper?: number;
  rank?: number;
  rankOutOf?: number;
  source: string;
  note?: string;
}

export interface SeedGlossaryTerm {
  acronym: string;
  meaning: string;
  /** False for a word the product adds; the report's Terminology table is true (the default). */
  isFromReport?: boolean;
}

export interface SeedGovernanceNode {
  code: string;
  name: string;
  kind: "plan" | "body" | "scorecard" | "framework";
  description?: string;
  period?: string;
  parent?: string; // parent code
  position: number;
}

export interface SeedData {
  plan: SeedPlan;
  comparators: SeedComparator[];
  mostSimilarGroups: SeedMostSimilarGroup[];
  areas: SeedArea[];
  reportingPeriods: SeedReportingPeriod[];
  reportPeriodCode: string;
  priorities: SeedPriority[];
  deliverables: SeedDeliverable[];
  scorecards: SeedScorecard[];
  metrics: SeedMetric[];
  observations: SeedObservation[];
  benchmarks: SeedBenchmark[];
  glossary: SeedGlossaryTerm[];
  governance: SeedGovernanceNode[];
}
