import type { Role } from "./users/viewer.ts";

// Plain result types the data layer hands to services. Services never see Prisma models
// (STYLE: "services see plain result types"), so these are the only shapes that cross the line.
// Dates that name a month are "YYYY-MM"; timestamps are ISO strings.

export type PeriodKindValue = "MONTH" | "QUARTER";
export type StatementKindValue = "OUTCOME" | "FOCUS" | "RISK";

export interface PlanRecord {
  id: number;
  code: string;
  title: string;
  forceName: string;
  startYear: number;
  endYear: number;
}

export interface PriorityRecord {
  id: number;
  planId: number;
  number: number;
  title: string;
}

export interface ReportingPeriodRecord {
  id: number;
  code: string;
  label: string;
  kind: PeriodKindValue;
  start: string;
  end: string;
  dataMonth: string;
  /** A draft quarter is seen by editors and admins only; months and transcribed quarters are published. */
  status: PeriodStatusValue;
  publishedAt: string | null;
  /** The quarter this one was opened from ("last quarter"), by id. */
  openedFromId: number | null;
  planId: number | null;
  version: number;
}

export type PeriodStatusValue = "DRAFT" | "PUBLISHED";
export type RiskReviewValue = "PENDING" | "KEPT" | "CHANGED" | "CLOSED";

export interface StatementRecord {
  id: number;
  priorityId: number;
  priorityNumber: number;
  reportingPeriodId: number;
  kind: StatementKindValue;
  text: string;
  position: number;
  retired: boolean;
  /** The statement in the previous quarter this one was carried forward from. */
  carriedFromId: number | null;
  /** An editor's review of a carried risk; null for anything not carried for review. */
  review: RiskReviewValue | null;
  version: number;
  updatedAt: string;
}

export interface DeliverableRecord {
  id: number;
  priorityId: number;
  priorityNumber: number;
  reportingPeriodId: number;
  action: string;
  due: string;
  /** YYYY-MM-DD */
  dueDate: string | null;
  /** Whether dueDate was read from `due` or set by an editor correcting that reading. */
  dueDateSource: "PARSED" | "EDITOR";
  /** YYYY-MM-DD: when work began, which a slip warning measures the time gone from. */
  startDate: string | null;
  progress: number;
  note: string | null;
  position: number;
  retired: boolean;
  /** The deliverable in the previous quarter this one was carried forward from. */
  carriedFromId: number | null;
  version: number;
  updatedAt: string;
}

export interface ScorecardRecord {
  id: number;
  priorityId: number;
  title: string;
  kind: "FORCE" | "CJS";
  position: number;
  source: string | null;
  sourceUrl: string | null;
}

export interface SectionRecord {
  id: number;
  scorecardId: number;
  title: string;
  position: number;
}

export interface CommentaryRecord {
  id: number;
  sectionId: number;
  reportingPeriodId: number;
  text: string;
  position: number;
  origin: "REPORT" | "EDITOR";
  retired: boolean;
  version: number;
  updatedAt: string;
}

export interface MetricRecord {
  id: string;
  name: string;
  description: string | null;
  unit: "PERCENT" | "SECONDS" | "COUNT" | "DAYS" | "RATE_PER_1000";
  polarity: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NEUTRAL";
  basis: "DISCRETE_MONTH" | "ROLLING_12_MONTHS" | "TWELVE_MONTHS_TO" | "QUARTER";
  changeBasis: "YEAR_ON_YEAR" | "SAME_MONTH_LAST_YEAR" | "PREVIOUS_3_MONTHS" | "PREVIOUS_QUARTER" | "NONE";
  family: string | null;
  statistic: string | null;
  target: number | null;
  targetKind: "SLA" | "TARGET" | null;
  targetLabel: string | null;
  dataSource: string;
  sourceUrl: string | null;
  reportingLagMonths: number;
  lagNote: string | null;
  dataCaptureStart: string | null;
  spcBaselinePoints: number | null;
  /** SPC rule settings; null takes the domain's DEFAULT_XMR_SETTINGS. */
  spcRunLength: number | null;
  spcTrendLength: number | null;
  spcTwoOfThreeRule: "2019" | "2023-11" | null;
  targetSetBy: string | null;
  /** ISO timestamp; retired metrics stay in the catalogue and history but leave the public lists. */
  retiredAt: string | null;
  isSurvey: boolean;
  version: number;
  /**
   * Set only on a metric read as a published quarter showed it: the process changes of that
   * definition version, in place of today's (services/catalogue/applyDefinition.ts).
   */
  definedProcessChanges?: ProcessChangeRecord[];
}

/** Where a metric first appears: its first section by scorecard and section position. */
export interface MetricPlacementRecord {
  metricId: string;
  priorityNumber: number;
  sectionTitle: string;
}

export interface ProcessChangeRecord {
  metricId: string;
  month: string;
  label: string;
}

export interface AreaRecord {
  id: number;
  code: string;
  name: string;
  position: number;
}

export interface ObservationRecord {
  id: number;
  metricId: string;
  areaId: number;
  area: string;
  breakdown: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  lower: number | null;
  upper: number | null;
  numerator: number | null;
  denominator: number | null;
  illustrative: boolean;
  sourceRelease: string;
  note: string | null;
  version: number;
  updatedAt: string;
}

export interface ComparatorRecord {
  id: number;
  code: string;
  name: string;
  kind: "FORCE" | "MSG_AVERAGE" | "NATIONAL";
  isHomeForce: boolean;
  population: number | null;
}

export interface MostSimilarGroupRecord {
  id: number;
  homeForceId: number;
  publisher: string;
  label: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  memberIds: number[];
}

export interface BenchmarkRecord {
  id: number;
  metricId: string;
  comparatorId: number;
  mostSimilarGroupId: number | null;
  periodStart: string;
  periodEnd: string;
  value: number;
  lower: number | null;
  upper: number | null;
  rank: number | null;
  rankOutOf: number | null;
  source: string;
  note: string | null;
  illustrative: boolean;
  version: number;
  updatedAt: string;
}

export interface NarrativeRecord {
  id: number;
  metricId: string;
  reportingPeriodId: number;
  key: string;
  generatedText: string;
  text: string;
  status: "DRAFT" | "ACCEPTED" | "EDITED";
  generatorVersion: string;
  version: number;
}

export interface AuditEventRecord {
  id: string;
  at: string;
  actorEmail: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** Why a published record was corrected. */
  reason: string | null;
}

export interface GlossaryTermRecord {
  acronym: string;
  meaning: string;
  isFromReport: boolean;
}

export interface GovernanceNodeRecord {
  id: number;
  code: string;
  name: string;
  kind: string;
  description: string | null;
  period: string | null;
  parentId: number | null;
  position: number;
}

/** A user as services see it: no password hash, no Prisma types. */
export interface UserRecord {
  id: number;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  isDemo: boolean;
  version: number;
}

/** One saved version of a metric's definition (MetricDefinition). */
export interface MetricDefinitionRecord {
  metricId: string;
  version: number;
  definition: MetricDefinitionSnapshot;
  /** ISO timestamp; the epoch for a definition recorded as it stood before any change in the app. */
  createdAt: string;
}

/** A metric's definition fields, SPC settings and process changes as one version held them. */
export interface MetricDefinitionSnapshot {
  name: string;
  description: string | null;
  unit: MetricRecord["unit"];
  polarity: MetricRecord["polarity"];
  basis: MetricRecord["basis"];
  changeBasis: MetricRecord["changeBasis"];
  target: number | null;
  targetKind: MetricRecord["targetKind"];
  targetLabel: string | null;
  targetSetBy: string | null;
  dataSource: string;
  sourceUrl: string | null;
  reportingLagMonths: number;
  lagNote: string | null;
  dataCaptureStart: string | null;
  spcBaselinePoints: number | null;
  spcRunLength: number | null;
  spcTrendLength: number | null;
  spcTwoOfThreeRule: MetricRecord["spcTwoOfThreeRule"];
  processChanges: { month: string; label: string }[];
}

/** A section a metric is placed in, with where that section sits. */
export interface SectionPlacementRecord {
  metricId: string;
  sectionId: number;
  sectionTitle: string;
  scorecardId: number;
  scorecardTitle: string;
  priorityNumber: number;
  /** The metric's place within the section, 1 first. */
  position: number;
}

/** A reporting period's publication: status and when it was published (ISO), if recorded. */
export interface PeriodPublicationRecord {
  code: string;
  status: "DRAFT" | "PUBLISHED";
  publishedAt: string | null;
}
