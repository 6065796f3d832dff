import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlanRecord as PlanRecordModel, PriorityRecord as PriorityRecordModel, ReportingPeriodRecord as ReportingPeriodRecordModel, StatementRecord as StatementRecordModel, DeliverableRecord as DeliverableRecordModel, ScorecardRecord as ScorecardRecordModel, SectionRecord as SectionRecordModel, CommentaryRecord as CommentaryRecordModel, MetricRecord as MetricRecordModel, ObservationRecord as ObservationRecordModel, AreaRecord as AreaRecordModel, ComparatorRecord as ComparatorRecordModel, MostSimilarGroupRecord as MostSimilarGroupRecordModel, BenchmarkRecord as BenchmarkRecordModel, AuditEventRecord as AuditEventRecordModel, GovernanceNodeRecord as GovernanceNodeRecordModel } from '../data/records.ts';
import type { SeriesKeyView as SeriesKeyViewModel } from '../services/metrics/listSeriesKeys.ts';
import type { NarrativeView as NarrativeViewModel } from '../services/metrics/getNarrative.ts';
import type { MetricExceptionView as MetricExceptionViewModel } from '../services/metrics/listExceptions.ts';
import type { QuarterChangeView as QuarterChangeViewModel } from '../services/changes/getQuarterChanges.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 timestamp */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON (audit before/after snapshots). */
  JSON: { input: unknown; output: unknown; }
  /**
   * Periods are calendar months written YYYY-MM (the report's "Mar-23" is "2023-03").
   * A period range [periodStart, periodEnd] names its first and last month.
   */
  Month: { input: string; output: string; }
};

export type AddCommentaryInput = {
  period?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  sectionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AddDeliverableInput = {
  action: Scalars['String']['input'];
  due: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** ReportingPeriod code of the quarter it is added to; defaults to the current period. */
  period?: InputMaybe<Scalars['String']['input']>;
  priority: Scalars['Int']['input'];
  progress: Scalars['Int']['input'];
};

export type AddStatementInput = {
  kind: StatementKind;
  /** ReportingPeriod code; defaults to the current period. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** 0-based position; defaults to the end. */
  position?: InputMaybe<Scalars['Int']['input']>;
  priority: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};

export type Area = {
  __typename?: 'Area';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Making Data Count assurance icon codes. */
export type AssuranceIcon =
  /** The target sits beyond the limits on the unfavourable side: the process consistently fails. */
  | 'FAIL'
  /** The target lies within the limits: sometimes met, sometimes not. */
  | 'HIT_OR_MISS'
  /** No target, neutral polarity, or no limits. */
  | 'NONE'
  /** The target sits beyond the limits on the favourable side: the process consistently passes. */
  | 'PASS'
  /** A trend or shift runs to the latest month: the limits describe a process that is changing, so they give no assurance (Spc.assuranceNote says why). */
  | 'WITHHELD';

export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorEmail: Scalars['String']['output'];
  after: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before: Maybe<Scalars['JSON']['output']>;
  /** One line per changed field: 'progress: 40 → 55'. */
  changes: Array<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why a record of a published quarter was corrected. */
  reason: Maybe<Scalars['String']['output']>;
};

export type Benchmark = {
  __typename?: 'Benchmark';
  comparator: Comparator;
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  lower: Maybe<Scalars['Float']['output']>;
  note: Maybe<Scalars['String']['output']>;
  periodEnd: Scalars['Month']['output'];
  periodStart: Scalars['Month']['output'];
  rank: Maybe<Scalars['Int']['output']>;
  rankOutOf: Maybe<Scalars['Int']['output']>;
  source: Scalars['String']['output'];
  upper: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

export type BenchmarkInput = {
  comparator: Scalars['String']['input'];
  lower?: InputMaybe<Scalars['Float']['input']>;
  metricId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  periodEnd: Scalars['Month']['input'];
  periodStart: Scalars['Month']['input'];
  upper?: InputMaybe<Scalars['Float']['input']>;
  value: Scalars['Float']['input'];
};

export type BenchmarkPosition = {
  __typename?: 'BenchmarkPosition';
  /** The comparators in words, for a title: 'England & Wales', 'MSG forces (Warwickshire, West Mercia)'. */
  comparedWith: Scalars['String']['output'];
  differenceFromMsgAverage: Maybe<Scalars['Float']['output']>;
  differenceFromNational: Maybe<Scalars['Float']['output']>;
  forceIllustrative: Scalars['Boolean']['output'];
  /** The force figure's confidence interval, where the source gives one. */
  forceLower: Maybe<Scalars['Float']['output']>;
  forcePeriodEnd: Scalars['Month']['output'];
  /** The force figure's span: the report sets a Feb-23 survey result beside peers' '12 months to Dec 22'. */
  forcePeriodLabel: Scalars['String']['output'];
  forceUpper: Maybe<Scalars['Float']['output']>;
  /** The force's own figure: its benchmark row, else its observation for the same period, else its latest. */
  forceValue: Scalars['Float']['output'];
  msgAverage: Maybe<Scalars['Float']['output']>;
  msgQuartile: Maybe<Scalars['Int']['output']>;
  /** 1 = most favourable given the metric's polarity; null among fewer than five other forces, where a rank means little. */
  msgRank: Maybe<Scalars['Int']['output']>;
  msgRankOutOf: Maybe<Scalars['Int']['output']>;
  national: Maybe<Scalars['Float']['output']>;
  nationalQuartile: Maybe<Scalars['Int']['output']>;
  nationalRank: Maybe<Scalars['Int']['output']>;
  nationalRankOutOf: Maybe<Scalars['Int']['output']>;
  /** The month the comparators' figures run to. */
  periodEnd: Scalars['Month']['output'];
  /** The comparators' span as the report writes it: 'Oct to Dec 22', '12 months to Dec 22'. */
  periodLabel: Scalars['String']['output'];
  /** Wording for the position, e.g. 'the lowest force nationally for crimes per 1000 population'. */
  text: Scalars['String']['output'];
};

export type BenchmarkResult = MutationResult & {
  __typename?: 'BenchmarkResult';
  benchmark: Maybe<Benchmark>;
  errors: Array<FieldError>;
};

export type CatalogueEntry = {
  __typename?: 'CatalogueEntry';
  /** Saved versions of the definition, newest first. */
  definitions: Array<MetricDefinitionVersion>;
  /** Who changed what, newest first. */
  history: Array<AuditEvent>;
  metric: Metric;
  /** The sections the metric is placed in, by priority, scorecard and section. */
  sections: Array<MetricPlacement>;
};

export type Change = {
  __typename?: 'Change';
  /** What the change is against, in words: 'year on year (12 months to Mar-23 against the 12 months to Mar-22)'. */
  against: Scalars['String']['output'];
  /** The figure compared with (a sum of 12 months for monthly counts year on year). */
  base: Maybe<Scalars['Float']['output']>;
  /** The span compared with: '12 months to Mar-22', 'Dec-22 to Feb-23', 'Jul to Sep 22'. */
  baseLabel: Scalars['String']['output'];
  changeBasis: ChangeBasis;
  /** Absolute difference (percentage points for rates). */
  difference: Maybe<Scalars['Float']['output']>;
  /** POINTS for rates, UNITS (days) for days, PERCENT otherwise: how the report expresses the change. */
  expressedAs: Scalars['String']['output'];
  /** True when any figure it is computed from is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** Relative change in percent. */
  percent: Maybe<Scalars['Float']['output']>;
  /** The span of the figure: '12 months to Mar-23', 'Oct to Dec 22', 'Mar-23'. */
  periodLabel: Scalars['String']['output'];
  /** Whether the difference exceeds the survey margin of error, where there is one. */
  significant: Maybe<Scalars['Boolean']['output']>;
  /** The change with its sign: '+6.1%', '-10.9pp', '+15 days', 'no change'. */
  text: Scalars['String']['output'];
};

/**
 * What a metric's headline change is judged against, as the report states it.
 * YEAR_ON_YEAR: the 12 months to the month against the 12 months before (monthly counts summed; a rolling
 * or '12 months to' value against its value a year earlier). SAME_MONTH_LAST_YEAR: the month against the
 * same month a year earlier. PREVIOUS_3_MONTHS: against the mean of the three months before.
 * PREVIOUS_QUARTER: against the figure a quarter earlier. NONE: the report judges no change.
 */
export type ChangeBasis =
  | 'NONE'
  | 'PREVIOUS_3_MONTHS'
  | 'PREVIOUS_QUARTER'
  | 'SAME_MONTH_LAST_YEAR'
  | 'YEAR_ON_YEAR';

export type Commentary = {
  __typename?: 'Commentary';
  id: Scalars['ID']['output'];
  origin: CommentaryOrigin;
  position: Scalars['Int']['output'];
  retired: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CommentaryListResult = MutationResult & {
  __typename?: 'CommentaryListResult';
  commentary: Array<Commentary>;
  errors: Array<FieldError>;
};

export type CommentaryOrigin =
  | 'EDITOR'
  | 'REPORT';

export type CommentaryResult = MutationResult & {
  __typename?: 'CommentaryResult';
  commentary: Maybe<Commentary>;
  errors: Array<FieldError>;
};

export type Comparator = {
  __typename?: 'Comparator';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isHomeForce: Scalars['Boolean']['output'];
  kind: ComparatorKind;
  name: Scalars['String']['output'];
  population: Maybe<Scalars['Int']['output']>;
};

export type ComparatorKind =
  | 'FORCE'
  | 'MSG_AVERAGE'
  | 'NATIONAL';

export type Comparisons = {
  __typename?: 'Comparisons';
  /** Mean and median side by side where the metric's family has both. */
  meanVsMedian: Maybe<MeanVsMedian>;
  period: Scalars['Month']['output'];
  previousThreeMonths: Maybe<Change>;
  /** The rolling 12-month rate and the discrete monthly rate where the family has both. */
  rollingVsDiscrete: Maybe<RollingVsDiscrete>;
  value: Scalars['Float']['output'];
  yearOnYear: Maybe<Change>;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
  role: Role;
};

export type Deliverable = {
  __typename?: 'Deliverable';
  action: Scalars['String']['output'];
  /** Due date as written in the report: Q4 2023, June 23, Contract start April 2023 */
  due: Scalars['String']['output'];
  /**
   * Last day of the month or quarter that 'due' names, when one can be derived (YYYY-MM-DD), unless an
   * editor has corrected it (dueDateSource).
   */
  dueDate: Maybe<Scalars['String']['output']>;
  dueDateSource: DueDateSource;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  priorityNumber: Scalars['Int']['output'];
  /** 0-100 % */
  progress: Scalars['Int']['output'];
  retired: Scalars['Boolean']['output'];
  /**
   * Warning before it slips, as at the same day as status (the last day of the reporting period, never
   * today), so the two always agree and an old quarter's report reads as it did. period: as for status.
   */
  slipRisk: SlipRisk;
  /** When work began (YYYY-MM-DD): a deliverable added to a quarter is taken to start with that quarter. */
  startDate: Maybe<Scalars['String']['output']>;
  /**
   * Status as at the last day of the reporting period (see Query.deliverableStatusDate), not today:
   * the March – May 23 report reads as at 31 May 2023. period: a ReportingPeriod code or a month;
   * defaults to the current period.
   */
  status: DeliverableStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type DeliverableSlipRiskArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


export type DeliverableStatusArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};

export type DeliverableInput = {
  /** Due date as written, e.g. 'Sept 2023'; it must name a month, quarter or year. */
  due?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  progress?: InputMaybe<Scalars['Int']['input']>;
};

export type DeliverableResult = MutationResult & {
  __typename?: 'DeliverableResult';
  deliverable: Maybe<Deliverable>;
  errors: Array<FieldError>;
};

export type DeliverableStatus =
  /** Due within the next quarter and not yet near complete. */
  | 'AT_RISK'
  | 'COMPLETE'
  | 'ON_TRACK'
  /** Past its due date and not complete. */
  | 'OVERDUE';

/** Where a deliverable's due date came from. */
export type DueDateSource =
  /** Set by an editor who corrected that reading (correctDeliverableDueDate). */
  | 'EDITOR'
  /** Read from the due text as written (the last day of the month, quarter or year it names). */
  | 'PARSED';

export type EditStatementInput = {
  text: Scalars['String']['input'];
};

/** A field-level problem a person can fix. */
export type FieldError = {
  __typename?: 'FieldError';
  /** Dotted path of the input field, e.g. input.progress */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type GlossaryTerm = {
  __typename?: 'GlossaryTerm';
  acronym: Scalars['String']['output'];
  /** False for the statistical words the product uses that the report's Terminology table does not define. */
  isFromReport: Scalars['Boolean']['output'];
  meaning: Scalars['String']['output'];
};

export type GovernanceNode = {
  __typename?: 'GovernanceNode';
  children: Array<GovernanceNode>;
  code: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  period: Maybe<Scalars['String']['output']>;
};

export type Health = {
  __typename?: 'Health';
  database: Scalars['Boolean']['output'];
  databaseKind: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
};

export type MeanVsMedian = {
  __typename?: 'MeanVsMedian';
  mean: Scalars['Float']['output'];
  meanMetricId: Scalars['ID']['output'];
  median: Scalars['Float']['output'];
  medianMetricId: Scalars['ID']['output'];
  note: Scalars['String']['output'];
};

export type Metric = {
  __typename?: 'Metric';
  basis: MetricBasis;
  benchmarkPosition: Maybe<BenchmarkPosition>;
  benchmarks: Array<Benchmark>;
  /**
   * The change the metric is judged on (changeBasis) for its latest value at or before the period: what
   * tiles, the drill-down headline and exceptions show. Null when the basis is NONE or a month it needs is missing.
   */
  change: Maybe<Change>;
  /** What the metric's headline change is judged against. */
  changeBasis: ChangeBasis;
  comparisons: Maybe<Comparisons>;
  dataCaptureStart: Maybe<Scalars['Month']['output']>;
  dataSource: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Metrics that are views of one measure (mean vs median, discrete vs rolling) share a family. */
  family: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isSurvey: Scalars['Boolean']['output'];
  lagNote: Maybe<Scalars['String']['output']>;
  /** Latest observation of the headline series at or before the period's data month. */
  latest: Maybe<Observation>;
  name: Scalars['String']['output'];
  /** Drafted bullet sentences in the report's register, with what the performance team did with them. */
  narrative: Array<NarrativeSentence>;
  observations: Array<Observation>;
  polarity: Polarity;
  /** Where the metric appears: the priority number of its first scorecard section. */
  priorityNumber: Maybe<Scalars['Int']['output']>;
  processChanges: Array<ProcessChange>;
  /** Other metrics in the same family (e.g. the median beside the mean). */
  related: Array<Metric>;
  reportingLagMonths: Scalars['Int']['output'];
  /** When the metric was retired; retired metrics leave Query.metrics but keep their data and history. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  sectionTitle: Maybe<Scalars['String']['output']>;
  /** The same observations as parallel arrays: several times smaller and faster than objects, for charts. */
  series: Series;
  /** The series (area + breakdown) this metric has data for; the first is the headline series. */
  seriesKeys: Array<SeriesKey>;
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** XmR process-control chart (Making Data Count). Null when the metric has no monthly series. */
  spc: Maybe<Spc>;
  /** Control limits from the first N points of each segment, then fixed (a baseline); null: from every point. */
  spcBaselinePoints: Maybe<Scalars['Int']['output']>;
  /** Points on one side of the centre line that make a shift; null: the default (7). */
  spcRunLength: Maybe<Scalars['Int']['output']>;
  /** Points each higher (or each lower) than the last that make a trend; null: the default (7). */
  spcTrendLength: Maybe<Scalars['Int']['output']>;
  /** Which two-of-three definition: '2019' or '2023-11'; null: the default ('2023-11'). */
  spcTwoOfThreeRule: Maybe<Scalars['String']['output']>;
  statistic: Maybe<Scalars['String']['output']>;
  target: Maybe<Scalars['Float']['output']>;
  targetKind: Maybe<TargetKind>;
  targetLabel: Maybe<Scalars['String']['output']>;
  /** Who set the target or SLA: 'PCC', 'Force', 'Home Office'. */
  targetSetBy: Maybe<Scalars['String']['output']>;
  /** The latest value's own standing against the target or SLA, whatever the control limits say. */
  targetStanding: Maybe<TargetStanding>;
  unit: MetricUnit;
  version: Scalars['Int']['output'];
};


export type MetricBenchmarkPositionArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


export type MetricBenchmarksArgs = {
  from?: InputMaybe<Scalars['Month']['input']>;
  to?: InputMaybe<Scalars['Month']['input']>;
};


export type MetricChangeArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type MetricComparisonsArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type MetricLatestArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type MetricNarrativeArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


export type MetricObservationsArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Month']['input']>;
  to?: InputMaybe<Scalars['Month']['input']>;
};


export type MetricSeriesArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Month']['input']>;
  to?: InputMaybe<Scalars['Month']['input']>;
};


export type MetricSpcArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type MetricTargetStandingArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};

export type MetricBasis =
  | 'DISCRETE_MONTH'
  | 'QUARTER'
  | 'ROLLING_12_MONTHS'
  | 'TWELVE_MONTHS_TO';

/**
 * A metric's definition. On createMetric every field named required below must be given; on
 * updateMetric a field left out stays as it is and a field given as null is cleared.
 */
export type MetricDefinitionInput = {
  /** Required. */
  basis?: InputMaybe<MetricBasis>;
  changeBasis?: InputMaybe<ChangeBasis>;
  dataCaptureStart?: InputMaybe<Scalars['String']['input']>;
  /** Required. */
  dataSource?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  lagNote?: InputMaybe<Scalars['String']['input']>;
  /** Required. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required. */
  polarity?: InputMaybe<Polarity>;
  reportingLagMonths?: InputMaybe<Scalars['Int']['input']>;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** Limits from the first N points of each segment, then fixed; at least 12, or null for every point. */
  spcBaselinePoints?: InputMaybe<Scalars['Int']['input']>;
  /** 5 to 12, or null for the default. */
  spcRunLength?: InputMaybe<Scalars['Int']['input']>;
  /** 5 to 12, or null for the default. */
  spcTrendLength?: InputMaybe<Scalars['Int']['input']>;
  /** '2019' or '2023-11', or null for the default. */
  spcTwoOfThreeRule?: InputMaybe<Scalars['String']['input']>;
  /** The target or SLA value, in the metric's unit (seconds for durations); needs targetKind. */
  target?: InputMaybe<Scalars['Float']['input']>;
  targetKind?: InputMaybe<TargetKind>;
  /** As the report words it, e.g. 'SLA of 1 hour'; required for an SLA. */
  targetLabel?: InputMaybe<Scalars['String']['input']>;
  targetSetBy?: InputMaybe<Scalars['String']['input']>;
  /** Required. */
  unit?: InputMaybe<MetricUnit>;
};

export type MetricDefinitionVersion = {
  __typename?: 'MetricDefinitionVersion';
  /** What this version changed from the one before: 'name: Old → New'. */
  changes: Array<Scalars['String']['output']>;
  /** When this version was saved; the epoch for the definition as it stood before any change in the app. */
  createdAt: Scalars['DateTime']['output'];
  /** The definition fields, SPC settings and process changes of this version. */
  definition: Scalars['JSON']['output'];
  version: Scalars['Int']['output'];
};

export type MetricException = {
  __typename?: 'MetricException';
  assurance: AssuranceIcon;
  /** True when a concern signal it reports rests on illustrative (generated) months. */
  illustrative: Scalars['Boolean']['output'];
  latest: Maybe<Observation>;
  metric: Metric;
  priorityNumber: Maybe<Scalars['Int']['output']>;
  /** The findings behind the summary, one each. */
  reasons: Array<Scalars['String']['output']>;
  /** Higher is more severe. */
  severity: Scalars['Int']['output'];
  standing: Maybe<TargetStanding>;
  /** One plain line: 'Priority response time (mean) 1:54:53 in Mar-23 breaches the 1-hour SLA; rising since Aug-22'. */
  summary: Scalars['String']['output'];
  variation: VariationIcon;
};

export type MetricPlacement = {
  __typename?: 'MetricPlacement';
  /** The metric's place within the section, 1 first. */
  position: Scalars['Int']['output'];
  priorityNumber: Scalars['Int']['output'];
  scorecardId: Scalars['ID']['output'];
  scorecardTitle: Scalars['String']['output'];
  sectionId: Scalars['ID']['output'];
  sectionTitle: Scalars['String']['output'];
};

export type MetricResult = MutationResult & {
  __typename?: 'MetricResult';
  errors: Array<FieldError>;
  metric: Maybe<Metric>;
};

export type MetricUnit =
  | 'COUNT'
  | 'DAYS'
  | 'PERCENT'
  | 'RATE_PER_1000'
  /** Durations are in seconds; shown as 12:26 or 1:54:53. */
  | 'SECONDS';

export type MostSimilarGroup = {
  __typename?: 'MostSimilarGroup';
  homeForce: Comparator;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  members: Array<Comparator>;
  note: Maybe<Scalars['String']['output']>;
  publisher: Scalars['String']['output'];
  validFrom: Scalars['String']['output'];
  validTo: Maybe<Scalars['String']['output']>;
};

/** Whether a figure's move is good news by the metric's polarity. */
export type MoveDirection =
  | 'BETTER'
  | 'NEUTRAL'
  | 'WORSE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Placeholder so modules can extend Mutation. */
  _noop: Maybe<Scalars['Boolean']['output']>;
  /** Accepts a drafted sentence as generated. expectedVersion is 0 when the draft has never been saved. */
  acceptNarrative: NarrativeResult;
  addCommentary: CommentaryResult;
  addDeliverable: DeliverableResult;
  /**
   * Declares a process change from which control limits are recalculated (admin). month: its first
   * month, 2022-09 or Sep-22, within the metric's data. label: why, e.g. 'New 101 operating model'.
   * expectedVersion: the metric version the admin saw; when left out, the metric's version now.
   */
  addProcessChange: MetricResult;
  addStatement: StatementResult;
  /**
   * Corrects the due date read from the due text (YYYY-MM-DD, after the start date) and marks it set by
   * an editor; the due text stays as written. Audited; CONFLICT on a stale expectedVersion. Changing the
   * due text later (updateDeliverable) reads the date from the new text again. reason: required when the
   * deliverable's quarter is published.
   */
  correctDeliverableDueDate: DeliverableResult;
  /** Corrects an existing observation's value, interval or note. */
  correctObservation: ObservationResult;
  /** Adds a metric to the catalogue (admin). id: a stable slug, lower-case letters and digits joined by hyphens. */
  createMetric: MetricResult;
  /** Adds a section at the end of a scorecard (admin). */
  createScorecardSection: SectionResult;
  createUser: UserResult;
  editCommentary: CommentaryResult;
  /** Rewrites a drafted sentence. */
  editNarrative: NarrativeResult;
  editStatement: StatementResult;
  /**
   * Opens the quarter after `from` as a DRAFT (editor and admin), carrying forward its open deliverables
   * (with progress, note and due date) and its risks (for review). Outcomes, focus and commentary start
   * empty. CONFLICT if `from` already has a next quarter.
   */
  openNextQuarter: QuarterResult;
  /**
   * Publishes a DRAFT quarter (admin): anonymous readers and viewers see it from then on, and its records
   * are frozen (a correction needs a reason). Refused, listing them, while carried risks await review.
   * CONFLICT when `version` is not the quarter's current version.
   */
  publishQuarter: QuarterResult;
  /** Records or corrects a benchmark (idempotent on metric, comparator and period). */
  recordBenchmark: BenchmarkResult;
  /** Records a new observation; fails with a field error if one already exists for that series and period. */
  recordObservation: ObservationResult;
  /** Withdraws a declared process change (admin). */
  removeProcessChange: MetricResult;
  renameScorecardSection: SectionResult;
  reorderCommentary: CommentaryListResult;
  /** Reorders the statements of one kind for a priority and period; ids must be exactly that list. */
  reorderStatements: StatementListResult;
  restoreStatement: StatementResult;
  retireCommentary: CommentaryResult;
  retireDeliverable: DeliverableResult;
  /** Retires a metric (admin): it leaves the public lists; its data and history stay. */
  retireMetric: MetricResult;
  retireStatement: StatementResult;
  /**
   * Reviews a risk carried into a new quarter (editor and admin): KEPT as it is, CHANGED to `text`, or
   * CLOSED (retired for this quarter). CONFLICT when expectedVersion is stale.
   */
  reviewRisk: StatementResult;
  /** Sets a section's metrics in order (admin): the first id shows first. */
  setSectionMetrics: SectionResult;
  /** Signs in and sets an HttpOnly, SameSite=Lax session cookie. Wrong credentials return a field error, not which part was wrong. */
  signIn: SignInResult;
  signOut: Scalars['Boolean']['output'];
  /**
   * Updates progress, note and due date. expectedVersion is the version the editor saw; if someone else
   * saved first the mutation fails with CONFLICT and extensions.current holds the record as it now is.
   */
  updateDeliverable: DeliverableResult;
  /**
   * Changes a metric's definition and SPC settings (admin): a new version, saved with its definition, so
   * a quarter published earlier still shows the one it was published with. CONFLICT on a stale expectedVersion.
   */
  updateMetric: MetricResult;
  updateUser: UserResult;
};


export type MutationAcceptNarrativeArgs = {
  expectedVersion: Scalars['Int']['input'];
  key: Scalars['String']['input'];
  metricId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddCommentaryArgs = {
  input: AddCommentaryInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddDeliverableArgs = {
  input: AddDeliverableInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddProcessChangeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  label: Scalars['String']['input'];
  metricId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
};


export type MutationAddStatementArgs = {
  input: AddStatementInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCorrectDeliverableDueDateArgs = {
  dueDate: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCorrectObservationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ObservationInput;
};


export type MutationCreateMetricArgs = {
  id: Scalars['ID']['input'];
  input: MetricDefinitionInput;
};


export type MutationCreateScorecardSectionArgs = {
  scorecardId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationEditCommentaryArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type MutationEditNarrativeArgs = {
  expectedVersion: Scalars['Int']['input'];
  key: Scalars['String']['input'];
  metricId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type MutationEditStatementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: EditStatementInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationOpenNextQuarterArgs = {
  from: Scalars['String']['input'];
};


export type MutationPublishQuarterArgs = {
  period: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordBenchmarkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: BenchmarkInput;
};


export type MutationRecordObservationArgs = {
  input: ObservationInput;
};


export type MutationRemoveProcessChangeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  metricId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
};


export type MutationRenameScorecardSectionArgs = {
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationReorderCommentaryArgs = {
  ids: Array<Scalars['ID']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  sectionId: Scalars['ID']['input'];
};


export type MutationReorderStatementsArgs = {
  ids: Array<Scalars['ID']['input']>;
  kind: StatementKind;
  period?: InputMaybe<Scalars['String']['input']>;
  priority: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRestoreStatementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRetireCommentaryArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRetireDeliverableArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRetireMetricArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRetireStatementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReviewRiskArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  review: RiskReviewDecision;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetSectionMetricsArgs = {
  metricIds: Array<Scalars['ID']['input']>;
  sectionId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUpdateDeliverableArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: DeliverableInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateMetricArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: MetricDefinitionInput;
};


export type MutationUpdateUserArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

export type MutationResult = {
  errors: Array<FieldError>;
};

export type NarrativeResult = MutationResult & {
  __typename?: 'NarrativeResult';
  errors: Array<FieldError>;
  sentence: Maybe<NarrativeSentence>;
};

export type NarrativeSentence = {
  __typename?: 'NarrativeSentence';
  generatedText: Scalars['String']['output'];
  generatorVersion: Scalars['String']['output'];
  /** Null until accepted or edited (a draft that has never been saved). */
  id: Maybe<Scalars['ID']['output']>;
  /** True when the figures the sentence rests on include illustrative (generated) months. */
  illustrative: Scalars['Boolean']['output'];
  /** True when the stored sentence was accepted from an older draft that no longer matches the data. */
  isStale: Scalars['Boolean']['output'];
  /** Stable within a metric and period: which rule drafted it (latest, change, previous3, spc, sla, …). */
  key: Scalars['String']['output'];
  status: NarrativeStatus;
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type NarrativeStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'EDITED';

export type Observation = {
  __typename?: 'Observation';
  area: Scalars['String']['output'];
  breakdown: Scalars['String']['output'];
  denominator: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  /** Lower and upper bounds of the confidence interval, where the source gives one. */
  lower: Maybe<Scalars['Float']['output']>;
  note: Maybe<Scalars['String']['output']>;
  numerator: Maybe<Scalars['Float']['output']>;
  periodEnd: Scalars['Month']['output'];
  periodStart: Scalars['Month']['output'];
  sourceRelease: Scalars['String']['output'];
  upper: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

export type ObservationInput = {
  /** Area code (force, county, swindon); defaults to force. */
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
  denominator?: InputMaybe<Scalars['Float']['input']>;
  lower?: InputMaybe<Scalars['Float']['input']>;
  metricId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  numerator?: InputMaybe<Scalars['Float']['input']>;
  periodEnd: Scalars['Month']['input'];
  periodStart: Scalars['Month']['input'];
  upper?: InputMaybe<Scalars['Float']['input']>;
  value: Scalars['Float']['input'];
};

export type ObservationResult = MutationResult & {
  __typename?: 'ObservationResult';
  errors: Array<FieldError>;
  observation: Maybe<Observation>;
};

export type PeriodKind =
  | 'MONTH'
  | 'QUARTER';

/** A quarter is written as a DRAFT, seen by editors and admins only, until an admin publishes it. */
export type PeriodStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type Plan = {
  __typename?: 'Plan';
  endYear: Scalars['Int']['output'];
  forceName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  startYear: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Polarity =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER'
  | 'NEUTRAL';

export type Priority = {
  __typename?: 'Priority';
  /** Deliverables of one quarter. period: a ReportingPeriod code; defaults to the current period. */
  deliverables: Array<Deliverable>;
  /** PCC focus next quarter. */
  focus: Array<Statement>;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  /** Outcomes achieved this quarter. period: a ReportingPeriod code; defaults to the current period. */
  outcomes: Array<Statement>;
  /**
   * The "PCC focus next quarter" of the quarter the given one was opened from: the list to report
   * against when writing this quarter's outcomes. Empty when the quarter was not opened from another.
   */
  previousFocus: Array<Statement>;
  /** Risks and issues. */
  risks: Array<Statement>;
  scorecards: Array<Scorecard>;
  /** Headline status for the overview card. */
  summary: PrioritySummary;
  title: Scalars['String']['output'];
};


export type PriorityDeliverablesArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type PriorityFocusArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type PriorityOutcomesArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type PriorityPreviousFocusArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


export type PriorityRisksArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type PrioritySummaryArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};

export type PrioritySummary = {
  __typename?: 'PrioritySummary';
  concernCount: Scalars['Int']['output'];
  deliverablesAtRisk: Scalars['Int']['output'];
  deliverablesComplete: Scalars['Int']['output'];
  deliverablesOnTrack: Scalars['Int']['output'];
  deliverablesOverdue: Scalars['Int']['output'];
  improvementCount: Scalars['Int']['output'];
  metricCount: Scalars['Int']['output'];
  openRiskCount: Scalars['Int']['output'];
  slaBreachCount: Scalars['Int']['output'];
};

export type ProcessChange = {
  __typename?: 'ProcessChange';
  label: Scalars['String']['output'];
  month: Scalars['Month']['output'];
};

export type QuarterChange = {
  __typename?: 'QuarterChange';
  /** The later quarter's deliverable (deliverable changes). */
  deliverableId: Maybe<Scalars['ID']['output']>;
  /** FIGURE_MOVED: better or worse by the metric's polarity. */
  direction: Maybe<MoveDirection>;
  kind: QuarterChangeKind;
  /** The metric changed (figures, signals, targets). */
  metricId: Maybe<Scalars['ID']['output']>;
  /** The priority a deliverable or risk belongs to, for its link. */
  priorityNumber: Maybe<Scalars['Int']['output']>;
  /** The risk statement: the later quarter's, or the earlier one's when it was closed and not carried. */
  riskId: Maybe<Scalars['ID']['output']>;
  /** The change in a sentence, as the screen shows it. */
  sentence: Scalars['String']['output'];
  /** SIGNAL_STARTED / SIGNAL_ENDED: whether the signal is an improvement, a concern or neither. */
  signalClass: Maybe<SignalClass>;
};

export type QuarterChangeKind =
  | 'DELIVERABLE_PROGRESS'
  | 'DELIVERABLE_STATUS'
  | 'FIGURE_MOVED'
  | 'RISK_CLOSED'
  | 'RISK_OPENED'
  | 'SIGNAL_ENDED'
  | 'SIGNAL_STARTED'
  | 'TARGET_NEWLY_MET'
  | 'TARGET_NEWLY_MISSED';

export type QuarterChanges = {
  __typename?: 'QuarterChanges';
  /** Metrics first (in catalogue order), then deliverables, then risks. Empty when nothing changed. */
  changes: Array<QuarterChange>;
  /** The quarter compared with; null for the first quarter, which has nothing before it. */
  from: Maybe<ReportingPeriod>;
  to: ReportingPeriod;
};

export type QuarterResult = MutationResult & {
  __typename?: 'QuarterResult';
  errors: Array<FieldError>;
  quarter: Maybe<ReportingPeriod>;
};

export type Query = {
  __typename?: 'Query';
  /** Recent changes across the whole scorecard, newest first (editor and admin). */
  activity: Array<AuditEvent>;
  areas: Array<Area>;
  /** The change history of one record, newest first. */
  auditHistory: Array<AuditEvent>;
  /** Criminal Justice System comparisons (force vs national) grouped as the report's CJS scorecards. */
  cjsScorecards: Array<Scorecard>;
  comparators: Array<Comparator>;
  /** The current reporting period: the newest published QUARTER, for every reader. */
  currentPeriod: ReportingPeriod;
  deliverable: Maybe<Deliverable>;
  /**
   * The day deliverable status is judged on (YYYY-MM-DD): the last day of the reporting period, e.g.
   * 2023-05-31 for "March – May 23". period: a ReportingPeriod code or a month; defaults to the current period.
   */
  deliverableStatusDate: Scalars['String']['output'];
  /** Deliverables of one quarter. period: a ReportingPeriod code; defaults to the current period. */
  deliverables: Array<Deliverable>;
  /**
   * Every metric with a concern signal or an SLA/target failure in the period, most severe first:
   * the 'exceptions first' view. period: a ReportingPeriod code; defaults to the current period.
   */
  exceptions: Array<MetricException>;
  /** Every acronym in the report and its meaning. */
  glossary: Array<GlossaryTerm>;
  /** The governance and assurance structure: root nodes with their children. */
  governance: Array<GovernanceNode>;
  /** Liveness plus a database round trip. */
  health: Health;
  /** The signed-in user, or null. */
  me: Maybe<User>;
  /**
   * A metric by its stable id (a slug such as 'abandonment-rate-101'). period: a ReportingPeriod code; when
   * it names a published quarter, the definition (name, target, SPC settings, process changes …) is the one
   * that quarter was published with; otherwise, and by default, today's.
   */
  metric: Maybe<Metric>;
  /** The metric catalogue (admin): every metric, retired ones too, with its sections, definition versions and change history. */
  metricCatalogue: Array<CatalogueEntry>;
  /** All metrics, optionally filtered by a case-insensitive search of name, id and family. */
  metrics: Array<Metric>;
  /** Most Similar Group definitions, newest first (they differ by publisher and year). */
  mostSimilarGroups: Array<MostSimilarGroup>;
  /** The Police and Crime Plan being held to account. */
  plan: Plan;
  /** Priorities ordered by number. */
  priorities: Array<Priority>;
  priority: Maybe<Priority>;
  /**
   * What changed from one reporting quarter to a later one: figures that moved, signals that started or
   * ended, targets newly met or missed, deliverables' progress and status, risks opened and closed.
   * period: the later quarter (defaults to the current one); since: the earlier quarter (defaults to
   * the quarter before it).
   */
  quarterChanges: QuarterChanges;
  /**
   * Reporting periods, newest first. The quarterly highlight report ("March – May 23") is a QUARTER;
   * monthly data periods are MONTHs. Draft quarters are listed for editors and admins only.
   */
  reportingPeriods: Array<ReportingPeriod>;
  /** All users (admin only). */
  users: Array<User>;
};


export type QueryActivityArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditHistoryArgs = {
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
};


export type QueryDeliverableArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeliverableStatusDateArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDeliverablesArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExceptionsArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMetricArgs = {
  id: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMetricCatalogueArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMetricsArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPriorityArgs = {
  number: Scalars['Int']['input'];
};


export type QueryQuarterChangesArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReportingPeriodsArgs = {
  kind?: InputMaybe<PeriodKind>;
};

export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** 2023-03 for a month, 2023-Q-MAR-MAY for a report quarter */
  code: Scalars['String']['output'];
  /** The month whose data the period reports on (for a quarter: the latest month of data in it). */
  dataMonth: Scalars['Month']['output'];
  end: Scalars['Month']['output'];
  id: Scalars['ID']['output'];
  kind: PeriodKind;
  label: Scalars['String']['output'];
  /** The quarter opened from this one, if any. */
  next: Maybe<ReportingPeriod>;
  /** The quarter this one was opened from: 'last quarter'. */
  openedFrom: Maybe<ReportingPeriod>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  start: Scalars['Month']['output'];
  /** DRAFT until an admin publishes it; months and transcribed quarters are PUBLISHED. */
  status: PeriodStatus;
  /** Optimistic-concurrency version, for publishQuarter. */
  version: Scalars['Int']['output'];
};

/** What an editor decided about a risk carried into a new quarter. */
export type RiskReview =
  | 'CHANGED'
  | 'CLOSED'
  | 'KEPT'
  /** Carried forward, not reviewed yet. */
  | 'PENDING';

/** An editor's decision on a carried risk: keep it, change its wording, or close it for this quarter. */
export type RiskReviewDecision =
  | 'CHANGED'
  | 'CLOSED'
  | 'KEPT';

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

export type RollingVsDiscrete = {
  __typename?: 'RollingVsDiscrete';
  discrete: Scalars['Float']['output'];
  discreteMetricId: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  rolling: Scalars['Float']['output'];
  rollingMetricId: Scalars['ID']['output'];
};

export type Scorecard = {
  __typename?: 'Scorecard';
  id: Scalars['ID']['output'];
  kind: ScorecardKind;
  position: Scalars['Int']['output'];
  sections: Array<ScorecardSection>;
  source: Maybe<Scalars['String']['output']>;
  sourceUrl: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ScorecardKind =
  | 'CJS'
  | 'FORCE';

export type ScorecardSection = {
  __typename?: 'ScorecardSection';
  commentary: Array<Commentary>;
  id: Scalars['ID']['output'];
  metrics: Array<Metric>;
  position: Scalars['Int']['output'];
  /** The commentary of the quarter the given one was opened from, shown beside this quarter's. */
  previousCommentary: Array<Commentary>;
  title: Scalars['String']['output'];
};


export type ScorecardSectionCommentaryArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type ScorecardSectionPreviousCommentaryArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};

export type SectionResult = MutationResult & {
  __typename?: 'SectionResult';
  errors: Array<FieldError>;
  section: Maybe<ScorecardSection>;
};

export type Series = {
  __typename?: 'Series';
  area: Scalars['String']['output'];
  breakdown: Scalars['String']['output'];
  illustrative: Array<Scalars['Boolean']['output']>;
  lower: Array<Maybe<Scalars['Float']['output']>>;
  periods: Array<Scalars['Month']['output']>;
  upper: Array<Maybe<Scalars['Float']['output']>>;
  values: Array<Scalars['Float']['output']>;
};

export type SeriesKey = {
  __typename?: 'SeriesKey';
  area: Area;
  breakdown: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type SignInResult = MutationResult & {
  __typename?: 'SignInResult';
  errors: Array<FieldError>;
  user: Maybe<User>;
};

export type SignalClass =
  | 'CONCERN'
  | 'IMPROVEMENT'
  | 'NEUTRAL';

/** The side of the centre line a signal lies on; a rising trend is HIGH. */
export type SignalDirection =
  | 'HIGH'
  | 'LOW';

export type SlipRisk = {
  __typename?: 'SlipRisk';
  /** Progress (0-100 %) a steady pace from start to due date would have reached by the as-at day. */
  expectedProgress: Maybe<Scalars['Int']['output']>;
  /**
   * The verdict and its rule in words, e.g. "Likely to be late: 40% done with 75% of the time from
   * 1 Mar 2023 to 31 Dec 2023 gone; flagged when progress trails the share of time gone by more than 25
   * points, once a third of the time has gone."
   */
  rule: Scalars['String']['output'];
  /** Points by which progress trails expectedProgress; 0 when level or ahead. */
  shortfall: Maybe<Scalars['Int']['output']>;
  status: SlipRiskStatus;
};

/**
 * Whether a deliverable looks set to miss its due date before it has: its progress against the share of
 * the time from its start date to its due date already gone.
 */
export type SlipRiskStatus =
  | 'COMPLETE'
  /** Progress trails the share of time gone by more than 25 points, once a third of the time has gone. */
  | 'LIKELY_LATE'
  /** No start date, no due date, or a due date not after the start: nothing to measure against. */
  | 'NOT_ENOUGH_INFO'
  /** Progress keeps pace with the time gone, within the tolerance. */
  | 'ON_TRACK'
  /** Past its due date and not complete (as DeliverableStatus). */
  | 'OVERDUE';

export type Spc = {
  __typename?: 'Spc';
  assurance: AssuranceIcon;
  /** Why assurance is withheld, in words; null otherwise. */
  assuranceNote: Maybe<Scalars['String']['output']>;
  /** The same points as parallel arrays (one entry per month, in order): several times smaller and faster than objects, for charts and dashboards. */
  compact: SpcCompact;
  /** Why limits are trial or missing, in plain words. */
  message: Maybe<Scalars['String']['output']>;
  points: Array<SpcPoint>;
  segments: Array<SpcSegment>;
  /** The settings used: rule version, run length, moving-range screen. */
  settings: SpcSettings;
  signals: Array<SpcSignal>;
  status: SpcStatus;
  variation: VariationIcon;
};

/**
 * Spc.points as parallel arrays, aligned by index: entry i of every array describes the month periods[i].
 * Holds the same information as points except the rule names (ask points for those).
 */
export type SpcCompact = {
  __typename?: 'SpcCompact';
  periods: Array<Scalars['Month']['output']>;
  /** Index into Spc.segments; -1 when the point's segment has too few points for limits. */
  segmentIndex: Array<Scalars['Int']['output']>;
  /** The point's signal class (NEUTRAL for a neutral-polarity metric); null where no rule fires. */
  signal: Array<Maybe<SignalClass>>;
  /** Whether any rule fires on the point. */
  special: Array<Scalars['Boolean']['output']>;
  values: Array<Scalars['Float']['output']>;
};

export type SpcPoint = {
  __typename?: 'SpcPoint';
  periodEnd: Scalars['Month']['output'];
  /** Rules firing on this point, in precedence order: OUTSIDE_LIMITS, TREND, TWO_OF_THREE, SHIFT. */
  rules: Array<SpcRule>;
  signal: Maybe<SignalClass>;
  special: Scalars['Boolean']['output'];
  value: Scalars['Float']['output'];
};

/** The Making Data Count special-cause rules, in order of precedence (packages/domain's SpcRule). */
export type SpcRule =
  /** A point beyond a control limit. */
  | 'OUTSIDE_LIMITS'
  /** A run of Spc.settings.runLength points on one side of the centre line. */
  | 'SHIFT'
  /** A run of Spc.settings.trendLength points, each higher (or each lower) than the one before. */
  | 'TREND'
  /** Two of three points in a row close to the same control limit (beyond the two-sigma line). */
  | 'TWO_OF_THREE';

export type SpcSegment = {
  __typename?: 'SpcSegment';
  centre: Scalars['Float']['output'];
  end: Scalars['Month']['output'];
  isTrial: Scalars['Boolean']['output'];
  /** Label of the declared process change that starts this segment. */
  label: Maybe<Scalars['String']['output']>;
  lower: Scalars['Float']['output'];
  lowerTwoSigma: Scalars['Float']['output'];
  meanMovingRange: Scalars['Float']['output'];
  start: Scalars['Month']['output'];
  upper: Scalars['Float']['output'];
  upperTwoSigma: Scalars['Float']['output'];
};

export type SpcSettings = {
  __typename?: 'SpcSettings';
  runLength: Scalars['Int']['output'];
  screenMovingRanges: Scalars['Boolean']['output'];
  trendLength: Scalars['Int']['output'];
  twoOfThreeRule: Scalars['String']['output'];
};

export type SpcSignal = {
  __typename?: 'SpcSignal';
  classification: SignalClass;
  direction: SignalDirection;
  from: Scalars['Month']['output'];
  /** True when any month the signal rests on is illustrative (generated, not published). */
  illustrative: Scalars['Boolean']['output'];
  rule: SpcRule;
  to: Scalars['Month']['output'];
};

export type SpcStatus =
  /** Too few points for any limits. */
  | 'INSUFFICIENT'
  /** Limits from 12 or more points. */
  | 'OK'
  /** A rolling, '12 months to' or quarterly series: shown as a trend, without limits (consecutive rolling values share 11 of their 12 months). */
  | 'TREND_ONLY'
  /** Fewer than 12 points in a segment: trial limits. */
  | 'TRIAL';

/** An ordered statement in a priority's highlight: an outcome achieved, a PCC focus item, or a risk or issue. */
export type Statement = {
  __typename?: 'Statement';
  id: Scalars['ID']['output'];
  kind: StatementKind;
  period: ReportingPeriod;
  position: Scalars['Int']['output'];
  priorityNumber: Scalars['Int']['output'];
  retired: Scalars['Boolean']['output'];
  /** For a risk carried into a new quarter: what an editor decided about it (null when not carried). */
  review: Maybe<RiskReview>;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type StatementKind =
  | 'FOCUS'
  | 'OUTCOME'
  | 'RISK';

export type StatementListResult = MutationResult & {
  __typename?: 'StatementListResult';
  errors: Array<FieldError>;
  statements: Array<Statement>;
};

export type StatementResult = MutationResult & {
  __typename?: 'StatementResult';
  errors: Array<FieldError>;
  statement: Maybe<Statement>;
};

export type TargetKind =
  | 'SLA'
  | 'TARGET';

/** The latest value's own standing against the metric's target or SLA. */
export type TargetStanding = {
  __typename?: 'TargetStanding';
  isMet: Scalars['Boolean']['output'];
  /** '1,196 exceeds the 1,189 target', '1:54:53 breaches the 1-hour SLA'. */
  text: Scalars['String']['output'];
  /** The standing without the value: 'exceeds the 1,189 target', 'breaches the 1-hour SLA'. */
  verdict: Scalars['String']['output'];
};

export type UpdateUserInput = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  role: Role;
  version: Scalars['Int']['output'];
};

export type UserResult = MutationResult & {
  __typename?: 'UserResult';
  errors: Array<FieldError>;
  user: Maybe<User>;
};

/** Making Data Count variation icon codes. */
export type VariationIcon =
  | 'COMMON_CAUSE'
  | 'CONCERN_HIGH'
  | 'CONCERN_LOW'
  | 'IMPROVEMENT_HIGH'
  | 'IMPROVEMENT_LOW'
  | 'NEITHER_HIGH'
  | 'NEITHER_LOW'
  /** Not enough data for limits. */
  | 'NONE';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  MutationResult:
    | ( Omit<BenchmarkResult, 'benchmark'> & { benchmark?: Maybe<_RefType['Benchmark']> } )
    | ( Omit<CommentaryListResult, 'commentary'> & { commentary: Array<_RefType['Commentary']> } )
    | ( Omit<CommentaryResult, 'commentary'> & { commentary?: Maybe<_RefType['Commentary']> } )
    | ( Omit<DeliverableResult, 'deliverable'> & { deliverable?: Maybe<_RefType['Deliverable']> } )
    | ( Omit<MetricResult, 'metric'> & { metric?: Maybe<_RefType['Metric']> } )
    | ( Omit<NarrativeResult, 'sentence'> & { sentence?: Maybe<_RefType['NarrativeSentence']> } )
    | ( Omit<ObservationResult, 'observation'> & { observation?: Maybe<_RefType['Observation']> } )
    | ( Omit<QuarterResult, 'quarter'> & { quarter?: Maybe<_RefType['ReportingPeriod']> } )
    | ( Omit<SectionResult, 'section'> & { section?: Maybe<_RefType['ScorecardSection']> } )
    | ( SignInResult )
    | ( Omit<StatementListResult, 'statements'> & { statements: Array<_RefType['Statement']> } )
    | ( Omit<StatementResult, 'statement'> & { statement?: Maybe<_RefType['Statement']> } )
    | ( UserResult )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCommentaryInput: AddCommentaryInput;
  AddDeliverableInput: AddDeliverableInput;
  AddStatementInput: AddStatementInput;
  Area: ResolverTypeWrapper<AreaRecordModel>;
  AssuranceIcon: AssuranceIcon;
  AuditEvent: ResolverTypeWrapper<AuditEventRecordModel>;
  Benchmark: ResolverTypeWrapper<BenchmarkRecordModel>;
  BenchmarkInput: BenchmarkInput;
  BenchmarkPosition: ResolverTypeWrapper<BenchmarkPosition>;
  BenchmarkResult: ResolverTypeWrapper<Omit<BenchmarkResult, 'benchmark'> & { benchmark?: Maybe<ResolversTypes['Benchmark']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CatalogueEntry: ResolverTypeWrapper<Omit<CatalogueEntry, 'history' | 'metric'> & { history: Array<ResolversTypes['AuditEvent']>, metric: ResolversTypes['Metric'] }>;
  Change: ResolverTypeWrapper<Change>;
  ChangeBasis: ChangeBasis;
  Commentary: ResolverTypeWrapper<CommentaryRecordModel>;
  CommentaryListResult: ResolverTypeWrapper<Omit<CommentaryListResult, 'commentary'> & { commentary: Array<ResolversTypes['Commentary']> }>;
  CommentaryOrigin: CommentaryOrigin;
  CommentaryResult: ResolverTypeWrapper<Omit<CommentaryResult, 'commentary'> & { commentary?: Maybe<ResolversTypes['Commentary']> }>;
  Comparator: ResolverTypeWrapper<ComparatorRecordModel>;
  ComparatorKind: ComparatorKind;
  Comparisons: ResolverTypeWrapper<Comparisons>;
  CreateUserInput: CreateUserInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deliverable: ResolverTypeWrapper<DeliverableRecordModel>;
  DeliverableInput: DeliverableInput;
  DeliverableResult: ResolverTypeWrapper<Omit<DeliverableResult, 'deliverable'> & { deliverable?: Maybe<ResolversTypes['Deliverable']> }>;
  DeliverableStatus: DeliverableStatus;
  DueDateSource: DueDateSource;
  EditStatementInput: EditStatementInput;
  FieldError: ResolverTypeWrapper<FieldError>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GlossaryTerm: ResolverTypeWrapper<GlossaryTerm>;
  GovernanceNode: ResolverTypeWrapper<GovernanceNodeRecordModel>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MeanVsMedian: ResolverTypeWrapper<MeanVsMedian>;
  Metric: ResolverTypeWrapper<MetricRecordModel>;
  MetricBasis: MetricBasis;
  MetricDefinitionInput: MetricDefinitionInput;
  MetricDefinitionVersion: ResolverTypeWrapper<MetricDefinitionVersion>;
  MetricException: ResolverTypeWrapper<MetricExceptionViewModel>;
  MetricPlacement: ResolverTypeWrapper<MetricPlacement>;
  MetricResult: ResolverTypeWrapper<Omit<MetricResult, 'metric'> & { metric?: Maybe<ResolversTypes['Metric']> }>;
  MetricUnit: MetricUnit;
  Month: ResolverTypeWrapper<Scalars['Month']['output']>;
  MostSimilarGroup: ResolverTypeWrapper<MostSimilarGroupRecordModel>;
  MoveDirection: MoveDirection;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MutationResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['MutationResult']>;
  NarrativeResult: ResolverTypeWrapper<Omit<NarrativeResult, 'sentence'> & { sentence?: Maybe<ResolversTypes['NarrativeSentence']> }>;
  NarrativeSentence: ResolverTypeWrapper<NarrativeViewModel>;
  NarrativeStatus: NarrativeStatus;
  Observation: ResolverTypeWrapper<ObservationRecordModel>;
  ObservationInput: ObservationInput;
  ObservationResult: ResolverTypeWrapper<Omit<ObservationResult, 'observation'> & { observation?: Maybe<ResolversTypes['Observation']> }>;
  PeriodKind: PeriodKind;
  PeriodStatus: PeriodStatus;
  Plan: ResolverTypeWrapper<PlanRecordModel>;
  Polarity: Polarity;
  Priority: ResolverTypeWrapper<PriorityRecordModel>;
  PrioritySummary: ResolverTypeWrapper<PrioritySummary>;
  ProcessChange: ResolverTypeWrapper<ProcessChange>;
  QuarterChange: ResolverTypeWrapper<QuarterChangeViewModel>;
  QuarterChangeKind: QuarterChangeKind;
  QuarterChanges: ResolverTypeWrapper<Omit<QuarterChanges, 'changes' | 'from' | 'to'> & { changes: Array<ResolversTypes['QuarterChange']>, from?: Maybe<ResolversTypes['ReportingPeriod']>, to: ResolversTypes['ReportingPeriod'] }>;
  QuarterResult: ResolverTypeWrapper<Omit<QuarterResult, 'quarter'> & { quarter?: Maybe<ResolversTypes['ReportingPeriod']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriodRecordModel>;
  RiskReview: RiskReview;
  RiskReviewDecision: RiskReviewDecision;
  Role: Role;
  RollingVsDiscrete: ResolverTypeWrapper<RollingVsDiscrete>;
  Scorecard: ResolverTypeWrapper<ScorecardRecordModel>;
  ScorecardKind: ScorecardKind;
  ScorecardSection: ResolverTypeWrapper<SectionRecordModel>;
  SectionResult: ResolverTypeWrapper<Omit<SectionResult, 'section'> & { section?: Maybe<ResolversTypes['ScorecardSection']> }>;
  Series: ResolverTypeWrapper<Series>;
  SeriesKey: ResolverTypeWrapper<SeriesKeyViewModel>;
  SignInResult: ResolverTypeWrapper<SignInResult>;
  SignalClass: SignalClass;
  SignalDirection: SignalDirection;
  SlipRisk: ResolverTypeWrapper<SlipRisk>;
  SlipRiskStatus: SlipRiskStatus;
  Spc: ResolverTypeWrapper<Spc>;
  SpcCompact: ResolverTypeWrapper<SpcCompact>;
  SpcPoint: ResolverTypeWrapper<SpcPoint>;
  SpcRule: SpcRule;
  SpcSegment: ResolverTypeWrapper<SpcSegment>;
  SpcSettings: ResolverTypeWrapper<SpcSettings>;
  SpcSignal: ResolverTypeWrapper<SpcSignal>;
  SpcStatus: SpcStatus;
  Statement: ResolverTypeWrapper<StatementRecordModel>;
  StatementKind: StatementKind;
  StatementListResult: ResolverTypeWrapper<Omit<StatementListResult, 'statements'> & { statements: Array<ResolversTypes['Statement']> }>;
  StatementResult: ResolverTypeWrapper<Omit<StatementResult, 'statement'> & { statement?: Maybe<ResolversTypes['Statement']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetKind: TargetKind;
  TargetStanding: ResolverTypeWrapper<TargetStanding>;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<User>;
  UserResult: ResolverTypeWrapper<UserResult>;
  VariationIcon: VariationIcon;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCommentaryInput: AddCommentaryInput;
  AddDeliverableInput: AddDeliverableInput;
  AddStatementInput: AddStatementInput;
  Area: AreaRecordModel;
  AuditEvent: AuditEventRecordModel;
  Benchmark: BenchmarkRecordModel;
  BenchmarkInput: BenchmarkInput;
  BenchmarkPosition: BenchmarkPosition;
  BenchmarkResult: Omit<BenchmarkResult, 'benchmark'> & { benchmark?: Maybe<ResolversParentTypes['Benchmark']> };
  Boolean: Scalars['Boolean']['output'];
  CatalogueEntry: Omit<CatalogueEntry, 'history' | 'metric'> & { history: Array<ResolversParentTypes['AuditEvent']>, metric: ResolversParentTypes['Metric'] };
  Change: Change;
  Commentary: CommentaryRecordModel;
  CommentaryListResult: Omit<CommentaryListResult, 'commentary'> & { commentary: Array<ResolversParentTypes['Commentary']> };
  CommentaryResult: Omit<CommentaryResult, 'commentary'> & { commentary?: Maybe<ResolversParentTypes['Commentary']> };
  Comparator: ComparatorRecordModel;
  Comparisons: Comparisons;
  CreateUserInput: CreateUserInput;
  DateTime: Scalars['DateTime']['output'];
  Deliverable: DeliverableRecordModel;
  DeliverableInput: DeliverableInput;
  DeliverableResult: Omit<DeliverableResult, 'deliverable'> & { deliverable?: Maybe<ResolversParentTypes['Deliverable']> };
  EditStatementInput: EditStatementInput;
  FieldError: FieldError;
  Float: Scalars['Float']['output'];
  GlossaryTerm: GlossaryTerm;
  GovernanceNode: GovernanceNodeRecordModel;
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  MeanVsMedian: MeanVsMedian;
  Metric: MetricRecordModel;
  MetricDefinitionInput: MetricDefinitionInput;
  MetricDefinitionVersion: MetricDefinitionVersion;
  MetricException: MetricExceptionViewModel;
  MetricPlacement: MetricPlacement;
  MetricResult: Omit<MetricResult, 'metric'> & { metric?: Maybe<ResolversParentTypes['Metric']> };
  Month: Scalars['Month']['output'];
  MostSimilarGroup: MostSimilarGroupRecordModel;
  Mutation: Record<PropertyKey, never>;
  MutationResult: ResolversInterfaceTypes<ResolversParentTypes>['MutationResult'];
  NarrativeResult: Omit<NarrativeResult, 'sentence'> & { sentence?: Maybe<ResolversParentTypes['NarrativeSentence']> };
  NarrativeSentence: NarrativeViewModel;
  Observation: ObservationRecordModel;
  ObservationInput: ObservationInput;
  ObservationResult: Omit<ObservationResult, 'observation'> & { observation?: Maybe<ResolversParentTypes['Observation']> };
  Plan: PlanRecordModel;
  Priority: PriorityRecordModel;
  PrioritySummary: PrioritySummary;
  ProcessChange: ProcessChange;
  QuarterChange: QuarterChangeViewModel;
  QuarterChanges: Omit<QuarterChanges, 'changes' | 'from' | 'to'> & { changes: Array<ResolversParentTypes['QuarterChange']>, from?: Maybe<ResolversParentTypes['ReportingPeriod']>, to: ResolversParentTypes['ReportingPeriod'] };
  QuarterResult: Omit<QuarterResult, 'quarter'> & { quarter?: Maybe<ResolversParentTypes['ReportingPeriod']> };
  Query: Record<PropertyKey, never>;
  ReportingPeriod: ReportingPeriodRecordModel;
  RollingVsDiscrete: RollingVsDiscrete;
  Scorecard: ScorecardRecordModel;
  ScorecardSection: SectionRecordModel;
  SectionResult: Omit<SectionResult, 'section'> & { section?: Maybe<ResolversParentTypes['ScorecardSection']> };
  Series: Series;
  SeriesKey: SeriesKeyViewModel;
  SignInResult: SignInResult;
  SlipRisk: SlipRisk;
  Spc: Spc;
  SpcCompact: SpcCompact;
  SpcPoint: SpcPoint;
  SpcSegment: SpcSegment;
  SpcSettings: SpcSettings;
  SpcSignal: SpcSignal;
  Statement: StatementRecordModel;
  StatementListResult: Omit<StatementListResult, 'statements'> & { statements: Array<ResolversParentTypes['Statement']> };
  StatementResult: Omit<StatementResult, 'statement'> & { statement?: Maybe<ResolversParentTypes['Statement']> };
  String: Scalars['String']['output'];
  TargetStanding: TargetStanding;
  UpdateUserInput: UpdateUserInput;
  User: User;
  UserResult: UserResult;
};

export type AreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BenchmarkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Benchmark'] = ResolversParentTypes['Benchmark']> = {
  comparator?: Resolver<ResolversTypes['Comparator'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankOutOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BenchmarkPositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BenchmarkPosition'] = ResolversParentTypes['BenchmarkPosition']> = {
  comparedWith?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  differenceFromMsgAverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  differenceFromNational?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  forceIllustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  forceLower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  forcePeriodEnd?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  forcePeriodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forceUpper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  forceValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  msgAverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  msgQuartile?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  msgRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  msgRankOutOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  national?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nationalQuartile?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nationalRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nationalRankOutOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  periodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BenchmarkResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BenchmarkResult'] = ResolversParentTypes['BenchmarkResult']> = {
  benchmark?: Resolver<Maybe<ResolversTypes['Benchmark']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CatalogueEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CatalogueEntry'] = ResolversParentTypes['CatalogueEntry']> = {
  definitions?: Resolver<Array<ResolversTypes['MetricDefinitionVersion']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['MetricPlacement']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  against?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  base?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baseLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changeBasis?: Resolver<ResolversTypes['ChangeBasis'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  expressedAs?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  significant?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommentaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Commentary'] = ResolversParentTypes['Commentary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['CommentaryOrigin'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommentaryListResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommentaryListResult'] = ResolversParentTypes['CommentaryListResult']> = {
  commentary?: Resolver<Array<ResolversTypes['Commentary']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommentaryResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommentaryResult'] = ResolversParentTypes['CommentaryResult']> = {
  commentary?: Resolver<Maybe<ResolversTypes['Commentary']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ComparatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comparator'] = ResolversParentTypes['Comparator']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isHomeForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ComparatorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ComparisonsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comparisons'] = ResolversParentTypes['Comparisons']> = {
  meanVsMedian?: Resolver<Maybe<ResolversTypes['MeanVsMedian']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  previousThreeMonths?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  rollingVsDiscrete?: Resolver<Maybe<ResolversTypes['RollingVsDiscrete']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  yearOnYear?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliverableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Deliverable'] = ResolversParentTypes['Deliverable']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDateSource?: Resolver<ResolversTypes['DueDateSource'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priorityNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slipRisk?: Resolver<ResolversTypes['SlipRisk'], ParentType, ContextType, Partial<DeliverableSlipRiskArgs>>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliverableStatus'], ParentType, ContextType, Partial<DeliverableStatusArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliverableResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliverableResult'] = ResolversParentTypes['DeliverableResult']> = {
  deliverable?: Resolver<Maybe<ResolversTypes['Deliverable']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GlossaryTermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GlossaryTerm'] = ResolversParentTypes['GlossaryTerm']> = {
  acronym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isFromReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meaning?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GovernanceNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GovernanceNode'] = ResolversParentTypes['GovernanceNode']> = {
  children?: Resolver<Array<ResolversTypes['GovernanceNode']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  databaseKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MeanVsMedianResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeanVsMedian'] = ResolversParentTypes['MeanVsMedian']> = {
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  meanMetricId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  median?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  medianMetricId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MetricResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric']> = {
  basis?: Resolver<ResolversTypes['MetricBasis'], ParentType, ContextType>;
  benchmarkPosition?: Resolver<Maybe<ResolversTypes['BenchmarkPosition']>, ParentType, ContextType, Partial<MetricBenchmarkPositionArgs>>;
  benchmarks?: Resolver<Array<ResolversTypes['Benchmark']>, ParentType, ContextType, Partial<MetricBenchmarksArgs>>;
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType, Partial<MetricChangeArgs>>;
  changeBasis?: Resolver<ResolversTypes['ChangeBasis'], ParentType, ContextType>;
  comparisons?: Resolver<Maybe<ResolversTypes['Comparisons']>, ParentType, ContextType, Partial<MetricComparisonsArgs>>;
  dataCaptureStart?: Resolver<Maybe<ResolversTypes['Month']>, ParentType, ContextType>;
  dataSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSurvey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lagNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Observation']>, ParentType, ContextType, Partial<MetricLatestArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrative?: Resolver<Array<ResolversTypes['NarrativeSentence']>, ParentType, ContextType, Partial<MetricNarrativeArgs>>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType, Partial<MetricObservationsArgs>>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  priorityNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  processChanges?: Resolver<Array<ResolversTypes['ProcessChange']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
  reportingLagMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sectionTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  series?: Resolver<ResolversTypes['Series'], ParentType, ContextType, Partial<MetricSeriesArgs>>;
  seriesKeys?: Resolver<Array<ResolversTypes['SeriesKey']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  spc?: Resolver<Maybe<ResolversTypes['Spc']>, ParentType, ContextType, Partial<MetricSpcArgs>>;
  spcBaselinePoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  spcRunLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  spcTrendLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  spcTwoOfThreeRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statistic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetKind?: Resolver<Maybe<ResolversTypes['TargetKind']>, ParentType, ContextType>;
  targetLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetSetBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetStanding?: Resolver<Maybe<ResolversTypes['TargetStanding']>, ParentType, ContextType, Partial<MetricTargetStandingArgs>>;
  unit?: Resolver<ResolversTypes['MetricUnit'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MetricDefinitionVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricDefinitionVersion'] = ResolversParentTypes['MetricDefinitionVersion']> = {
  changes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MetricExceptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricException'] = ResolversParentTypes['MetricException']> = {
  assurance?: Resolver<ResolversTypes['AssuranceIcon'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Observation']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  priorityNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standing?: Resolver<Maybe<ResolversTypes['TargetStanding']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variation?: Resolver<ResolversTypes['VariationIcon'], ParentType, ContextType>;
};

export type MetricPlacementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricPlacement'] = ResolversParentTypes['MetricPlacement']> = {
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priorityNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scorecardId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scorecardTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sectionTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MetricResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricResult'] = ResolversParentTypes['MetricResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['Metric']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface MonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Month'], any> {
  name: 'Month';
}

export type MostSimilarGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MostSimilarGroup'] = ResolversParentTypes['MostSimilarGroup']> = {
  homeForce?: Resolver<ResolversTypes['Comparator'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Comparator']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  acceptNarrative?: Resolver<ResolversTypes['NarrativeResult'], ParentType, ContextType, RequireFields<MutationAcceptNarrativeArgs, 'expectedVersion' | 'key' | 'metricId' | 'period'>>;
  addCommentary?: Resolver<ResolversTypes['CommentaryResult'], ParentType, ContextType, RequireFields<MutationAddCommentaryArgs, 'input'>>;
  addDeliverable?: Resolver<ResolversTypes['DeliverableResult'], ParentType, ContextType, RequireFields<MutationAddDeliverableArgs, 'input'>>;
  addProcessChange?: Resolver<ResolversTypes['MetricResult'], ParentType, ContextType, RequireFields<MutationAddProcessChangeArgs, 'label' | 'metricId' | 'month'>>;
  addStatement?: Resolver<ResolversTypes['StatementResult'], ParentType, ContextType, RequireFields<MutationAddStatementArgs, 'input'>>;
  correctDeliverableDueDate?: Resolver<ResolversTypes['DeliverableResult'], ParentType, ContextType, RequireFields<MutationCorrectDeliverableDueDateArgs, 'dueDate' | 'expectedVersion' | 'id'>>;
  correctObservation?: Resolver<ResolversTypes['ObservationResult'], ParentType, ContextType, RequireFields<MutationCorrectObservationArgs, 'expectedVersion' | 'id' | 'input'>>;
  createMetric?: Resolver<ResolversTypes['MetricResult'], ParentType, ContextType, RequireFields<MutationCreateMetricArgs, 'id' | 'input'>>;
  createScorecardSection?: Resolver<ResolversTypes['SectionResult'], ParentType, ContextType, RequireFields<MutationCreateScorecardSectionArgs, 'scorecardId' | 'title'>>;
  createUser?: Resolver<ResolversTypes['UserResult'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  editCommentary?: Resolver<ResolversTypes['CommentaryResult'], ParentType, ContextType, RequireFields<MutationEditCommentaryArgs, 'expectedVersion' | 'id' | 'text'>>;
  editNarrative?: Resolver<ResolversTypes['NarrativeResult'], ParentType, ContextType, RequireFields<MutationEditNarrativeArgs, 'expectedVersion' | 'key' | 'metricId' | 'period' | 'text'>>;
  editStatement?: Resolver<ResolversTypes['StatementResult'], ParentType, ContextType, RequireFields<MutationEditStatementArgs, 'expectedVersion' | 'id' | 'input'>>;
  openNextQuarter?: Resolver<ResolversTypes['QuarterResult'], ParentType, ContextType, RequireFields<MutationOpenNextQuarterArgs, 'from'>>;
  publishQuarter?: Resolver<ResolversTypes['QuarterResult'], ParentType, ContextType, RequireFields<MutationPublishQuarterArgs, 'period' | 'version'>>;
  recordBenchmark?: Resolver<ResolversTypes['BenchmarkResult'], ParentType, ContextType, RequireFields<MutationRecordBenchmarkArgs, 'input'>>;
  recordObservation?: Resolver<ResolversTypes['ObservationResult'], ParentType, ContextType, RequireFields<MutationRecordObservationArgs, 'input'>>;
  removeProcessChange?: Resolver<ResolversTypes['MetricResult'], ParentType, ContextType, RequireFields<MutationRemoveProcessChangeArgs, 'metricId' | 'month'>>;
  renameScorecardSection?: Resolver<ResolversTypes['SectionResult'], ParentType, ContextType, RequireFields<MutationRenameScorecardSectionArgs, 'id' | 'title'>>;
  reorderCommentary?: Resolver<ResolversTypes['CommentaryListResult'], ParentType, ContextType, RequireFields<MutationReorderCommentaryArgs, 'ids' | 'sectionId'>>;
  reorderStatements?: Resolver<ResolversTypes['StatementListResult'], ParentType, ContextType, RequireFields<MutationReorderStatementsArgs, 'ids' | 'kind' | 'priority'>>;
  restoreStatement?: Resolver<ResolversTypes['StatementResult'], ParentType, ContextType, RequireFields<MutationRestoreStatementArgs, 'expectedVersion' | 'id'>>;
  retireCommentary?: Resolver<ResolversTypes['CommentaryResult'], ParentType, ContextType, RequireFields<MutationRetireCommentaryArgs, 'expectedVersion' | 'id'>>;
  retireDeliverable?: Resolver<ResolversTypes['DeliverableResult'], ParentType, ContextType, RequireFields<MutationRetireDeliverableArgs, 'expectedVersion' | 'id'>>;
  retireMetric?: Resolver<ResolversTypes['MetricResult'], ParentType, ContextType, RequireFields<MutationRetireMetricArgs, 'expectedVersion' | 'id'>>;
  retireStatement?: Resolver<ResolversTypes['StatementResult'], ParentType, ContextType, RequireFields<MutationRetireStatementArgs, 'expectedVersion' | 'id'>>;
  reviewRisk?: Resolver<ResolversTypes['StatementResult'], ParentType, ContextType, RequireFields<MutationReviewRiskArgs, 'expectedVersion' | 'id' | 'review'>>;
  setSectionMetrics?: Resolver<ResolversTypes['SectionResult'], ParentType, ContextType, RequireFields<MutationSetSectionMetricsArgs, 'metricIds' | 'sectionId'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updateDeliverable?: Resolver<ResolversTypes['DeliverableResult'], ParentType, ContextType, RequireFields<MutationUpdateDeliverableArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateMetric?: Resolver<ResolversTypes['MetricResult'], ParentType, ContextType, RequireFields<MutationUpdateMetricArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['UserResult'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type MutationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MutationResult'] = ResolversParentTypes['MutationResult']> = {
  __resolveType: TypeResolveFn<'BenchmarkResult' | 'CommentaryListResult' | 'CommentaryResult' | 'DeliverableResult' | 'MetricResult' | 'NarrativeResult' | 'ObservationResult' | 'QuarterResult' | 'SectionResult' | 'SignInResult' | 'StatementListResult' | 'StatementResult' | 'UserResult', ParentType, ContextType>;
};

export type NarrativeResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeResult'] = ResolversParentTypes['NarrativeResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['NarrativeSentence']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NarrativeSentenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NarrativeSentence'] = ResolversParentTypes['NarrativeSentence']> = {
  generatedText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  generatorVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isStale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NarrativeStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObservationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = {
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  breakdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  sourceRelease?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObservationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObservationResult'] = ResolversParentTypes['ObservationResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  observation?: Resolver<Maybe<ResolversTypes['Observation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PriorityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Priority'] = ResolversParentTypes['Priority']> = {
  deliverables?: Resolver<Array<ResolversTypes['Deliverable']>, ParentType, ContextType, RequireFields<PriorityDeliverablesArgs, 'includeRetired'>>;
  focus?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PriorityFocusArgs, 'includeRetired'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PriorityOutcomesArgs, 'includeRetired'>>;
  previousFocus?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<PriorityPreviousFocusArgs>>;
  risks?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PriorityRisksArgs, 'includeRetired'>>;
  scorecards?: Resolver<Array<ResolversTypes['Scorecard']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['PrioritySummary'], ParentType, ContextType, Partial<PrioritySummaryArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrioritySummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PrioritySummary'] = ResolversParentTypes['PrioritySummary']> = {
  concernCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliverablesAtRisk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliverablesComplete?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliverablesOnTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliverablesOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  improvementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metricCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openRiskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaBreachCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProcessChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProcessChange'] = ResolversParentTypes['ProcessChange']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
};

export type QuarterChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuarterChange'] = ResolversParentTypes['QuarterChange']> = {
  deliverableId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['MoveDirection']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuarterChangeKind'], ParentType, ContextType>;
  metricId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  priorityNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  riskId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signalClass?: Resolver<Maybe<ResolversTypes['SignalClass']>, ParentType, ContextType>;
};

export type QuarterChangesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuarterChanges'] = ResolversParentTypes['QuarterChanges']> = {
  changes?: Resolver<Array<ResolversTypes['QuarterChange']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
};

export type QuarterResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuarterResult'] = ResolversParentTypes['QuarterResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  quarter?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activity?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'limit'>>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  auditHistory?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<QueryAuditHistoryArgs, 'entityId' | 'entityType'>>;
  cjsScorecards?: Resolver<Array<ResolversTypes['Scorecard']>, ParentType, ContextType>;
  comparators?: Resolver<Array<ResolversTypes['Comparator']>, ParentType, ContextType>;
  currentPeriod?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  deliverable?: Resolver<Maybe<ResolversTypes['Deliverable']>, ParentType, ContextType, RequireFields<QueryDeliverableArgs, 'id'>>;
  deliverableStatusDate?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryDeliverableStatusDateArgs>>;
  deliverables?: Resolver<Array<ResolversTypes['Deliverable']>, ParentType, ContextType, RequireFields<QueryDeliverablesArgs, 'includeRetired'>>;
  exceptions?: Resolver<Array<ResolversTypes['MetricException']>, ParentType, ContextType, Partial<QueryExceptionsArgs>>;
  glossary?: Resolver<Array<ResolversTypes['GlossaryTerm']>, ParentType, ContextType>;
  governance?: Resolver<Array<ResolversTypes['GovernanceNode']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['Metric']>, ParentType, ContextType, RequireFields<QueryMetricArgs, 'id'>>;
  metricCatalogue?: Resolver<Array<ResolversTypes['CatalogueEntry']>, ParentType, ContextType, Partial<QueryMetricCatalogueArgs>>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType, Partial<QueryMetricsArgs>>;
  mostSimilarGroups?: Resolver<Array<ResolversTypes['MostSimilarGroup']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['Priority']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType, RequireFields<QueryPriorityArgs, 'number'>>;
  quarterChanges?: Resolver<ResolversTypes['QuarterChanges'], ParentType, ContextType, Partial<QueryQuarterChangesArgs>>;
  reportingPeriods?: Resolver<Array<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, Partial<QueryReportingPeriodsArgs>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ReportingPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataMonth?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  openedFrom?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PeriodStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RollingVsDiscreteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RollingVsDiscrete'] = ResolversParentTypes['RollingVsDiscrete']> = {
  discrete?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  discreteMetricId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rolling?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rollingMetricId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ScorecardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Scorecard'] = ResolversParentTypes['Scorecard']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScorecardKind'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['ScorecardSection']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScorecardSectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScorecardSection'] = ResolversParentTypes['ScorecardSection']> = {
  commentary?: Resolver<Array<ResolversTypes['Commentary']>, ParentType, ContextType, RequireFields<ScorecardSectionCommentaryArgs, 'includeRetired'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousCommentary?: Resolver<Array<ResolversTypes['Commentary']>, ParentType, ContextType, Partial<ScorecardSectionPreviousCommentaryArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SectionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionResult'] = ResolversParentTypes['SectionResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['ScorecardSection']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Series'] = ResolversParentTypes['Series']> = {
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  breakdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  illustrative?: Resolver<Array<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lower?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['Month']>, ParentType, ContextType>;
  upper?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SeriesKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesKey'] = ResolversParentTypes['SeriesKey']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  breakdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignInResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SlipRiskResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlipRisk'] = ResolversParentTypes['SlipRisk']> = {
  expectedProgress?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortfall?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SlipRiskStatus'], ParentType, ContextType>;
};

export type SpcResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Spc'] = ResolversParentTypes['Spc']> = {
  assurance?: Resolver<ResolversTypes['AssuranceIcon'], ParentType, ContextType>;
  assuranceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  compact?: Resolver<ResolversTypes['SpcCompact'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SpcPoint']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['SpcSegment']>, ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['SpcSettings'], ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['SpcSignal']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SpcStatus'], ParentType, ContextType>;
  variation?: Resolver<ResolversTypes['VariationIcon'], ParentType, ContextType>;
};

export type SpcCompactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpcCompact'] = ResolversParentTypes['SpcCompact']> = {
  periods?: Resolver<Array<ResolversTypes['Month']>, ParentType, ContextType>;
  segmentIndex?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  signal?: Resolver<Array<Maybe<ResolversTypes['SignalClass']>>, ParentType, ContextType>;
  special?: Resolver<Array<ResolversTypes['Boolean']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SpcPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpcPoint'] = ResolversParentTypes['SpcPoint']> = {
  periodEnd?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['SpcRule']>, ParentType, ContextType>;
  signal?: Resolver<Maybe<ResolversTypes['SignalClass']>, ParentType, ContextType>;
  special?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SpcSegmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpcSegment'] = ResolversParentTypes['SpcSegment']> = {
  centre?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  isTrial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lowerTwoSigma?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  meanMovingRange?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  upper?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  upperTwoSigma?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SpcSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpcSettings'] = ResolversParentTypes['SpcSettings']> = {
  runLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  screenMovingRanges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trendLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  twoOfThreeRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpcSignalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpcSignal'] = ResolversParentTypes['SpcSignal']> = {
  classification?: Resolver<ResolversTypes['SignalClass'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['SignalDirection'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
  illustrative?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['SpcRule'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Month'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priorityNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['RiskReview']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementListResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementListResult'] = ResolversParentTypes['StatementListResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementResult'] = ResolversParentTypes['StatementResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetStandingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetStanding'] = ResolversParentTypes['TargetStanding']> = {
  isMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserResult'] = ResolversParentTypes['UserResult']> = {
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Area?: AreaResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  Benchmark?: BenchmarkResolvers<ContextType>;
  BenchmarkPosition?: BenchmarkPositionResolvers<ContextType>;
  BenchmarkResult?: BenchmarkResultResolvers<ContextType>;
  CatalogueEntry?: CatalogueEntryResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Commentary?: CommentaryResolvers<ContextType>;
  CommentaryListResult?: CommentaryListResultResolvers<ContextType>;
  CommentaryResult?: CommentaryResultResolvers<ContextType>;
  Comparator?: ComparatorResolvers<ContextType>;
  Comparisons?: ComparisonsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Deliverable?: DeliverableResolvers<ContextType>;
  DeliverableResult?: DeliverableResultResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  GlossaryTerm?: GlossaryTermResolvers<ContextType>;
  GovernanceNode?: GovernanceNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MeanVsMedian?: MeanVsMedianResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  MetricDefinitionVersion?: MetricDefinitionVersionResolvers<ContextType>;
  MetricException?: MetricExceptionResolvers<ContextType>;
  MetricPlacement?: MetricPlacementResolvers<ContextType>;
  MetricResult?: MetricResultResolvers<ContextType>;
  Month?: GraphQLScalarType;
  MostSimilarGroup?: MostSimilarGroupResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MutationResult?: MutationResultResolvers<ContextType>;
  NarrativeResult?: NarrativeResultResolvers<ContextType>;
  NarrativeSentence?: NarrativeSentenceResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  ObservationResult?: ObservationResultResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  Priority?: PriorityResolvers<ContextType>;
  PrioritySummary?: PrioritySummaryResolvers<ContextType>;
  ProcessChange?: ProcessChangeResolvers<ContextType>;
  QuarterChange?: QuarterChangeResolvers<ContextType>;
  QuarterChanges?: QuarterChangesResolvers<ContextType>;
  QuarterResult?: QuarterResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  RollingVsDiscrete?: RollingVsDiscreteResolvers<ContextType>;
  Scorecard?: ScorecardResolvers<ContextType>;
  ScorecardSection?: ScorecardSectionResolvers<ContextType>;
  SectionResult?: SectionResultResolvers<ContextType>;
  Series?: SeriesResolvers<ContextType>;
  SeriesKey?: SeriesKeyResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  SlipRisk?: SlipRiskResolvers<ContextType>;
  Spc?: SpcResolvers<ContextType>;
  SpcCompact?: SpcCompactResolvers<ContextType>;
  SpcPoint?: SpcPointResolvers<ContextType>;
  SpcSegment?: SpcSegmentResolvers<ContextType>;
  SpcSettings?: SpcSettingsResolvers<ContextType>;
  SpcSignal?: SpcSignalResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementListResult?: StatementListResultResolvers<ContextType>;
  StatementResult?: StatementResultResolvers<ContextType>;
  TargetStanding?: TargetStandingResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserResult?: UserResultResolvers<ContextType>;
};

