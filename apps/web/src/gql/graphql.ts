/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type AddComparatorInput = {
  code: Scalars['String']['input'];
  kind: ComparatorKind;
  name: Scalars['String']['input'];
  population?: InputMaybe<Scalars['Int']['input']>;
  populationYear?: InputMaybe<Scalars['Int']['input']>;
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

export type AddPriorityInput = {
  number: Scalars['Int']['input'];
  title: Scalars['String']['input'];
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
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  /** One line per changed field: 'progress: 40 → 55'. */
  changes: Array<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why a record of a published quarter was corrected. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type Benchmark = {
  __typename?: 'Benchmark';
  comparator: Comparator;
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  lower?: Maybe<Scalars['Float']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  periodEnd: Scalars['Month']['output'];
  periodStart: Scalars['Month']['output'];
  rank?: Maybe<Scalars['Int']['output']>;
  rankOutOf?: Maybe<Scalars['Int']['output']>;
  source: Scalars['String']['output'];
  upper?: Maybe<Scalars['Float']['output']>;
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
  differenceFromMsgAverage?: Maybe<Scalars['Float']['output']>;
  differenceFromNational?: Maybe<Scalars['Float']['output']>;
  forceIllustrative: Scalars['Boolean']['output'];
  /** The force figure's confidence interval, where the source gives one. */
  forceLower?: Maybe<Scalars['Float']['output']>;
  forcePeriodEnd: Scalars['Month']['output'];
  /** The force figure's span: the report sets a Feb-23 survey result beside peers' '12 months to Dec 22'. */
  forcePeriodLabel: Scalars['String']['output'];
  forceUpper?: Maybe<Scalars['Float']['output']>;
  /** The force's own figure: its benchmark row, else its observation for the same period, else its latest. */
  forceValue: Scalars['Float']['output'];
  msgAverage?: Maybe<Scalars['Float']['output']>;
  msgQuartile?: Maybe<Scalars['Int']['output']>;
  /** 1 = most favourable given the metric's polarity; null among fewer than five other forces, where a rank means little. */
  msgRank?: Maybe<Scalars['Int']['output']>;
  msgRankOutOf?: Maybe<Scalars['Int']['output']>;
  national?: Maybe<Scalars['Float']['output']>;
  nationalQuartile?: Maybe<Scalars['Int']['output']>;
  nationalRank?: Maybe<Scalars['Int']['output']>;
  nationalRankOutOf?: Maybe<Scalars['Int']['output']>;
  /** The month the comparators' figures run to. */
  periodEnd: Scalars['Month']['output'];
  /** The comparators' span as the report writes it: 'Oct to Dec 22', '12 months to Dec 22'. */
  periodLabel: Scalars['String']['output'];
  /** Wording for the position, e.g. 'the lowest force nationally for crimes per 1000 population'. */
  text: Scalars['String']['output'];
};

export type BenchmarkResult = MutationResult & {
  __typename?: 'BenchmarkResult';
  benchmark?: Maybe<Benchmark>;
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
  base?: Maybe<Scalars['Float']['output']>;
  /** The span compared with: '12 months to Mar-22', 'Dec-22 to Feb-23', 'Jul to Sep 22'. */
  baseLabel: Scalars['String']['output'];
  changeBasis: ChangeBasis;
  /** Absolute difference (percentage points for rates). */
  difference?: Maybe<Scalars['Float']['output']>;
  /** POINTS for rates, UNITS (days) for days, PERCENT otherwise: how the report expresses the change. */
  expressedAs: Scalars['String']['output'];
  /** True when any figure it is computed from is illustrative. */
  illustrative: Scalars['Boolean']['output'];
  /** Relative change in percent. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** The span of the figure: '12 months to Mar-23', 'Oct to Dec 22', 'Mar-23'. */
  periodLabel: Scalars['String']['output'];
  /** Whether the difference exceeds the survey margin of error, where there is one. */
  significant?: Maybe<Scalars['Boolean']['output']>;
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
  commentary?: Maybe<Commentary>;
  errors: Array<FieldError>;
};

export type Comparator = {
  __typename?: 'Comparator';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isHomeForce: Scalars['Boolean']['output'];
  kind: ComparatorKind;
  name: Scalars['String']['output'];
  population?: Maybe<Scalars['Int']['output']>;
};

export type ComparatorKind =
  | 'FORCE'
  | 'MSG_AVERAGE'
  | 'NATIONAL';

export type Comparisons = {
  __typename?: 'Comparisons';
  /** Mean and median side by side where the metric's family has both. */
  meanVsMedian?: Maybe<MeanVsMedian>;
  period: Scalars['Month']['output'];
  previousThreeMonths?: Maybe<Change>;
  /** The rolling 12-month rate and the discrete monthly rate where the family has both. */
  rollingVsDiscrete?: Maybe<RollingVsDiscrete>;
  value: Scalars['Float']['output'];
  yearOnYear?: Maybe<Change>;
};

export type CreatePlanInput = {
  /** Stable short code: 'pcp-2025-28'. */
  code: Scalars['String']['input'];
  endYear: Scalars['Int']['input'];
  startYear: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type CreateScorecardInput = {
  kind: ScorecardKind;
  priorityNumber: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
  role: Role;
};

export type DefineMostSimilarGroupInput = {
  label: Scalars['String']['input'];
  /** Comparator codes of the peer forces (not the home force). */
  members: Array<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who published the group: 'HMICFRS', 'Home Office iQuanta'. */
  publisher: Scalars['String']['input'];
  /** The day the definition applies from (YYYY-MM-DD). */
  validFrom: Scalars['String']['input'];
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
  dueDate?: Maybe<Scalars['String']['output']>;
  dueDateSource: DueDateSource;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
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
  startDate?: Maybe<Scalars['String']['output']>;
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
  deliverable?: Maybe<Deliverable>;
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

export type GlossaryTermInput = {
  acronym: Scalars['String']['input'];
  meaning: Scalars['String']['input'];
};

export type GovernanceNode = {
  __typename?: 'GovernanceNode';
  children: Array<GovernanceNode>;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  period?: Maybe<Scalars['String']['output']>;
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
  benchmarkPosition?: Maybe<BenchmarkPosition>;
  benchmarks: Array<Benchmark>;
  /**
   * The change the metric is judged on (changeBasis) for its latest value at or before the period: what
   * tiles, the drill-down headline and exceptions show. Null when the basis is NONE or a month it needs is missing.
   */
  change?: Maybe<Change>;
  /** What the metric's headline change is judged against. */
  changeBasis: ChangeBasis;
  comparisons?: Maybe<Comparisons>;
  dataCaptureStart?: Maybe<Scalars['Month']['output']>;
  dataSource: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Metrics that are views of one measure (mean vs median, discrete vs rolling) share a family. */
  family?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isSurvey: Scalars['Boolean']['output'];
  lagNote?: Maybe<Scalars['String']['output']>;
  /** Latest observation of the headline series at or before the period's data month. */
  latest?: Maybe<Observation>;
  name: Scalars['String']['output'];
  /** Drafted bullet sentences in the report's register, with what the performance team did with them. */
  narrative: Array<NarrativeSentence>;
  observations: Array<Observation>;
  polarity: Polarity;
  /** Where the metric appears: the priority number of its first scorecard section. */
  priorityNumber?: Maybe<Scalars['Int']['output']>;
  processChanges: Array<ProcessChange>;
  /** Other metrics in the same family (e.g. the median beside the mean). */
  related: Array<Metric>;
  reportingLagMonths: Scalars['Int']['output'];
  /** When the metric was retired; retired metrics leave Query.metrics but keep their data and history. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  sectionTitle?: Maybe<Scalars['String']['output']>;
  /** The same observations as parallel arrays: several times smaller and faster than objects, for charts. */
  series: Series;
  /** The series (area + breakdown) this metric has data for; the first is the headline series. */
  seriesKeys: Array<SeriesKey>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** XmR process-control chart (Making Data Count). Null when the metric has no monthly series. */
  spc?: Maybe<Spc>;
  /** Control limits from the first N points of each segment, then fixed (a baseline); null: from every point. */
  spcBaselinePoints?: Maybe<Scalars['Int']['output']>;
  /** Points on one side of the centre line that make a shift; null: the default (7). */
  spcRunLength?: Maybe<Scalars['Int']['output']>;
  /** Points each higher (or each lower) than the last that make a trend; null: the default (7). */
  spcTrendLength?: Maybe<Scalars['Int']['output']>;
  /** Which two-of-three definition: '2019' or '2023-11'; null: the default ('2023-11'). */
  spcTwoOfThreeRule?: Maybe<Scalars['String']['output']>;
  statistic?: Maybe<Scalars['String']['output']>;
  target?: Maybe<Scalars['Float']['output']>;
  targetKind?: Maybe<TargetKind>;
  targetLabel?: Maybe<Scalars['String']['output']>;
  /** Who set the target or SLA: 'PCC', 'Force', 'Home Office'. */
  targetSetBy?: Maybe<Scalars['String']['output']>;
  /** The latest value's own standing against the target or SLA, whatever the control limits say. */
  targetStanding?: Maybe<TargetStanding>;
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
  latest?: Maybe<Observation>;
  metric: Metric;
  priorityNumber?: Maybe<Scalars['Int']['output']>;
  /** The findings behind the summary, one each. */
  reasons: Array<Scalars['String']['output']>;
  /** Higher is more severe. */
  severity: Scalars['Int']['output'];
  standing?: Maybe<TargetStanding>;
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
  metric?: Maybe<Metric>;
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
  note?: Maybe<Scalars['String']['output']>;
  publisher: Scalars['String']['output'];
  validFrom: Scalars['String']['output'];
  validTo?: Maybe<Scalars['String']['output']>;
};

/** Whether a figure's move is good news by the metric's polarity. */
export type MoveDirection =
  | 'BETTER'
  | 'NEUTRAL'
  | 'WORSE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Placeholder so modules can extend Mutation. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /** Accepts a drafted sentence as generated. expectedVersion is 0 when the draft has never been saved. */
  acceptNarrative: NarrativeResult;
  addCommentary: CommentaryResult;
  /** Adds a peer force, a Most Similar Group average or a national figure to compare against. */
  addComparator: SetupComparatorResult;
  addDeliverable: DeliverableResult;
  addGlossaryTerm: SetupGlossaryTermResult;
  /** Adds a priority to the plan; its number must be new. */
  addPriority: SetupPriorityResult;
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
  /** Creates the Police and Crime Plan for the home force (one plan per install for now). */
  createPlan: SetupPlanResult;
  /** Adds a scorecard (the metrics' home) to a priority, after its existing scorecards. */
  createScorecard: SetupScorecardResult;
  /** Adds a section at the end of a scorecard (admin). */
  createScorecardSection: SectionResult;
  createUser: UserResult;
  /**
   * Records a Most Similar Group as its publisher defined it from validFrom. A new definition is a new
   * version beside the earlier ones (newest validFrom first); a version is never overwritten, so a
   * validFrom already recorded for that publisher is a field error.
   */
  defineMostSimilarGroup: SetupMostSimilarGroupResult;
  editCommentary: CommentaryResult;
  /** Rewrites a drafted sentence. */
  editNarrative: NarrativeResult;
  editStatement: StatementResult;
  /**
   * Opens the plan's first reporting quarter, three months from startMonth, as a DRAFT that readers
   * never see until an admin publishes it. Later quarters are opened from the one before.
   */
  openFirstQuarter: SetupQuarterResult;
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
  /** Changes a priority's title. */
  renamePriority: SetupPriorityResult;
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
  /**
   * Names the home force (a FORCE comparator marked as home) and its areas, the force-wide area first.
   * Once only: a force that exists is a field error on input.code.
   */
  setUpForce: SetupForceResult;
  /** Signs in and sets an HttpOnly, SameSite=Lax session cookie. Wrong credentials return a field error, not which part was wrong. */
  signIn: SignInResult;
  signOut: Scalars['Boolean']['output'];
  /**
   * Updates progress, note and due date. expectedVersion is the version the editor saw; if someone else
   * saved first the mutation fails with CONFLICT and extensions.current holds the record as it now is.
   */
  updateDeliverable: DeliverableResult;
  /** Changes an existing term's meaning (the acronym names it). */
  updateGlossaryTerm: SetupGlossaryTermResult;
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


export type MutationAddComparatorArgs = {
  input: AddComparatorInput;
};


export type MutationAddDeliverableArgs = {
  input: AddDeliverableInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddGlossaryTermArgs = {
  input: GlossaryTermInput;
};


export type MutationAddPriorityArgs = {
  input: AddPriorityInput;
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


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreateScorecardArgs = {
  input: CreateScorecardInput;
};


export type MutationCreateScorecardSectionArgs = {
  scorecardId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDefineMostSimilarGroupArgs = {
  input: DefineMostSimilarGroupInput;
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


export type MutationOpenFirstQuarterArgs = {
  input: OpenFirstQuarterInput;
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


export type MutationRenamePriorityArgs = {
  number: Scalars['Int']['input'];
  title: Scalars['String']['input'];
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


export type MutationSetUpForceArgs = {
  input: SetUpForceInput;
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


export type MutationUpdateGlossaryTermArgs = {
  input: GlossaryTermInput;
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
  sentence?: Maybe<NarrativeSentence>;
};

export type NarrativeSentence = {
  __typename?: 'NarrativeSentence';
  generatedText: Scalars['String']['output'];
  generatorVersion: Scalars['String']['output'];
  /** Null until accepted or edited (a draft that has never been saved). */
  id?: Maybe<Scalars['ID']['output']>;
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
  denominator?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  illustrative: Scalars['Boolean']['output'];
  /** Lower and upper bounds of the confidence interval, where the source gives one. */
  lower?: Maybe<Scalars['Float']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  numerator?: Maybe<Scalars['Float']['output']>;
  periodEnd: Scalars['Month']['output'];
  periodStart: Scalars['Month']['output'];
  sourceRelease: Scalars['String']['output'];
  upper?: Maybe<Scalars['Float']['output']>;
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
  observation?: Maybe<Observation>;
};

export type OpenFirstQuarterInput = {
  /** The month whose data the quarter reports on (usually a month or two before it ends). */
  dataMonth: Scalars['Month']['input'];
  /** The quarter's first month: 2023-03 opens 'March – May 23'. */
  startMonth: Scalars['Month']['input'];
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
  deliverableId?: Maybe<Scalars['ID']['output']>;
  /** FIGURE_MOVED: better or worse by the metric's polarity. */
  direction?: Maybe<MoveDirection>;
  kind: QuarterChangeKind;
  /** The metric changed (figures, signals, targets). */
  metricId?: Maybe<Scalars['ID']['output']>;
  /** The priority a deliverable or risk belongs to, for its link. */
  priorityNumber?: Maybe<Scalars['Int']['output']>;
  /** The risk statement: the later quarter's, or the earlier one's when it was closed and not carried. */
  riskId?: Maybe<Scalars['ID']['output']>;
  /** The change in a sentence, as the screen shows it. */
  sentence: Scalars['String']['output'];
  /** SIGNAL_STARTED / SIGNAL_ENDED: whether the signal is an improvement, a concern or neither. */
  signalClass?: Maybe<SignalClass>;
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
  from?: Maybe<ReportingPeriod>;
  to: ReportingPeriod;
};

export type QuarterResult = MutationResult & {
  __typename?: 'QuarterResult';
  errors: Array<FieldError>;
  quarter?: Maybe<ReportingPeriod>;
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
  deliverable?: Maybe<Deliverable>;
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
  me?: Maybe<User>;
  /**
   * A metric by its stable id (a slug such as 'abandonment-rate-101'). period: a ReportingPeriod code; when
   * it names a published quarter, the definition (name, target, SPC settings, process changes …) is the one
   * that quarter was published with; otherwise, and by default, today's.
   */
  metric?: Maybe<Metric>;
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
  priority?: Maybe<Priority>;
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
  /**
   * How far the first-run setup has come (admin only): each step and whether it is done. A new
   * production install starts empty; the setup page walks an admin through these steps.
   */
  setupStatus: SetupStatus;
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
  next?: Maybe<ReportingPeriod>;
  /** The quarter this one was opened from: 'last quarter'. */
  openedFrom?: Maybe<ReportingPeriod>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
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
  source?: Maybe<Scalars['String']['output']>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
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
  section?: Maybe<ScorecardSection>;
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

export type SetUpForceInput = {
  /** The force-wide area first, then any others (hubs, districts). */
  areas: Array<SetupAreaInput>;
  /** Stable short code: 'wiltshire'. */
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type SetupAreaInput = {
  /** Stable short code: 'force', 'north'. */
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type SetupComparatorResult = MutationResult & {
  __typename?: 'SetupComparatorResult';
  comparator?: Maybe<Comparator>;
  errors: Array<FieldError>;
};

export type SetupForceResult = MutationResult & {
  __typename?: 'SetupForceResult';
  errors: Array<FieldError>;
  force?: Maybe<Comparator>;
};

export type SetupGlossaryTermResult = MutationResult & {
  __typename?: 'SetupGlossaryTermResult';
  errors: Array<FieldError>;
  term?: Maybe<GlossaryTerm>;
};

export type SetupMostSimilarGroupResult = MutationResult & {
  __typename?: 'SetupMostSimilarGroupResult';
  errors: Array<FieldError>;
  mostSimilarGroup?: Maybe<MostSimilarGroup>;
};

export type SetupPlanResult = MutationResult & {
  __typename?: 'SetupPlanResult';
  errors: Array<FieldError>;
  plan?: Maybe<Plan>;
};

export type SetupPriorityResult = MutationResult & {
  __typename?: 'SetupPriorityResult';
  errors: Array<FieldError>;
  priority?: Maybe<Priority>;
};

export type SetupQuarterResult = MutationResult & {
  __typename?: 'SetupQuarterResult';
  errors: Array<FieldError>;
  quarter?: Maybe<ReportingPeriod>;
};

export type SetupScorecardResult = MutationResult & {
  __typename?: 'SetupScorecardResult';
  errors: Array<FieldError>;
  scorecard?: Maybe<Scorecard>;
};

export type SetupStatus = {
  __typename?: 'SetupStatus';
  /** The plan's first reporting quarter, draft or published. */
  firstQuarter?: Maybe<ReportingPeriod>;
  homeForce?: Maybe<Comparator>;
  /** Every required step is done: readers can be shown the plan once a quarter is published. */
  isComplete: Scalars['Boolean']['output'];
  plan?: Maybe<Plan>;
  steps: Array<SetupStep>;
};

export type SetupStep = {
  __typename?: 'SetupStep';
  /** What is there so far, in words: '2 priorities', 'Wiltshire Police, 3 areas'. */
  detail?: Maybe<Scalars['String']['output']>;
  isDone: Scalars['Boolean']['output'];
  /** False for steps a plan can run without (comparators, most similar group, glossary). */
  isRequired: Scalars['Boolean']['output'];
  key: SetupStepKey;
};

export type SetupStepKey =
  | 'COMPARATORS'
  | 'FIRST_QUARTER'
  | 'FORCE'
  | 'GLOSSARY'
  | 'MOST_SIMILAR_GROUP'
  | 'PLAN'
  | 'PRIORITIES';

export type SignInResult = MutationResult & {
  __typename?: 'SignInResult';
  errors: Array<FieldError>;
  user?: Maybe<User>;
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
  expectedProgress?: Maybe<Scalars['Int']['output']>;
  /**
   * The verdict and its rule in words, e.g. "Likely to be late: 40% done with 75% of the time from
   * 1 Mar 2023 to 31 Dec 2023 gone; flagged when progress trails the share of time gone by more than 25
   * points, once a third of the time has gone."
   */
  rule: Scalars['String']['output'];
  /** Points by which progress trails expectedProgress; 0 when level or ahead. */
  shortfall?: Maybe<Scalars['Int']['output']>;
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
  assuranceNote?: Maybe<Scalars['String']['output']>;
  /** The same points as parallel arrays (one entry per month, in order): several times smaller and faster than objects, for charts and dashboards. */
  compact: SpcCompact;
  /** Why limits are trial or missing, in plain words. */
  message?: Maybe<Scalars['String']['output']>;
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
  signal?: Maybe<SignalClass>;
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
  label?: Maybe<Scalars['String']['output']>;
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
  review?: Maybe<RiskReview>;
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
  statement?: Maybe<Statement>;
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
  user?: Maybe<User>;
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

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserResult', user?: { __typename?: 'User', id: string, email: string, name: string, role: Role, isActive: boolean, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, email: string, name: string, role: Role, isActive: boolean, version: number }> };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'UserResult', user?: { __typename?: 'User', id: string, email: string, name: string, role: Role, isActive: boolean, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, name: string, role: Role, isActive: boolean, version: number } | null };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInResult', user?: { __typename?: 'User', id: string, email: string, name: string, role: Role } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type BenchmarkComparison_MetricFragment = { __typename?: 'Metric', name: string, unit: MetricUnit, polarity: Polarity, benchmarks: Array<{ __typename?: 'Benchmark', id: string, value: number, lower?: number | null, upper?: number | null, rank?: number | null, rankOutOf?: number | null, periodEnd: string, illustrative: boolean, source: string, comparator: { __typename?: 'Comparator', id: string, code: string, name: string, kind: ComparatorKind, isHomeForce: boolean } }>, benchmarkPosition?: { __typename?: 'BenchmarkPosition', periodEnd: string, periodLabel: string, forceValue: number, forcePeriodEnd: string, forceLower?: number | null, forceUpper?: number | null, forceIllustrative: boolean, text: string, msgRank?: number | null, msgRankOutOf?: number | null, msgQuartile?: number | null, nationalRank?: number | null, nationalRankOutOf?: number | null, nationalQuartile?: number | null } | null };

export type BenchmarkComparison_PlanFragment = { __typename?: 'Plan', forceName: string };

export type BenchmarkLink_PositionFragment = { __typename?: 'BenchmarkPosition', comparedWith: string };

export type BenchmarkStanding_PositionFragment = { __typename?: 'BenchmarkPosition', text: string, msgRank?: number | null, msgRankOutOf?: number | null, msgQuartile?: number | null, nationalRank?: number | null, nationalRankOutOf?: number | null, nationalQuartile?: number | null };

export type BenchmarksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type BenchmarksQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, forceName: string }, metric?: { __typename?: 'Metric', id: string, name: string, unit: MetricUnit, polarity: Polarity, benchmarkPosition?: { __typename?: 'BenchmarkPosition', comparedWith: string, periodEnd: string, periodLabel: string, forceValue: number, forcePeriodEnd: string, forceLower?: number | null, forceUpper?: number | null, forceIllustrative: boolean, text: string, msgRank?: number | null, msgRankOutOf?: number | null, msgQuartile?: number | null, nationalRank?: number | null, nationalRankOutOf?: number | null, nationalQuartile?: number | null } | null, benchmarks: Array<{ __typename?: 'Benchmark', id: string, value: number, lower?: number | null, upper?: number | null, rank?: number | null, rankOutOf?: number | null, periodEnd: string, illustrative: boolean, source: string, comparator: { __typename?: 'Comparator', id: string, code: string, name: string, kind: ComparatorKind, isHomeForce: boolean } }> } | null };

export type MetricCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricCatalogueQuery = { __typename?: 'Query', metricCatalogue: Array<{ __typename?: 'CatalogueEntry', metric: { __typename?: 'Metric', id: string, name: string, description?: string | null, unit: MetricUnit, polarity: Polarity, basis: MetricBasis, changeBasis: ChangeBasis, target?: number | null, targetKind?: TargetKind | null, targetLabel?: string | null, targetSetBy?: string | null, dataSource: string, sourceUrl?: string | null, reportingLagMonths: number, lagNote?: string | null, dataCaptureStart?: string | null, spcBaselinePoints?: number | null, spcRunLength?: number | null, spcTrendLength?: number | null, spcTwoOfThreeRule?: string | null, retiredAt?: string | null, version: number, processChanges: Array<{ __typename?: 'ProcessChange', month: string, label: string }> }, sections: Array<{ __typename?: 'MetricPlacement', sectionId: string, sectionTitle: string, scorecardTitle: string, priorityNumber: number, position: number }>, definitions: Array<{ __typename?: 'MetricDefinitionVersion', version: number, createdAt: string, changes: Array<string> }>, history: Array<{ __typename?: 'AuditEvent', id: string, at: string, actorEmail: string, action: string, changes: Array<string> }> }>, priorities: Array<{ __typename?: 'Priority', number: number, title: string, scorecards: Array<{ __typename?: 'Scorecard', id: string, title: string, sections: Array<{ __typename?: 'ScorecardSection', id: string, title: string, position: number, metrics: Array<{ __typename?: 'Metric', id: string, name: string }> }> }> }> };

export type CreateMetricMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MetricDefinitionInput;
}>;


export type CreateMetricMutation = { __typename?: 'Mutation', createMetric: { __typename?: 'MetricResult', metric?: { __typename?: 'Metric', id: string, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type UpdateMetricMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MetricDefinitionInput;
  expectedVersion: Scalars['Int']['input'];
}>;


export type UpdateMetricMutation = { __typename?: 'Mutation', updateMetric: { __typename?: 'MetricResult', metric?: { __typename?: 'Metric', id: string, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AddProcessChangeMutationVariables = Exact<{
  metricId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  label: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AddProcessChangeMutation = { __typename?: 'Mutation', addProcessChange: { __typename?: 'MetricResult', metric?: { __typename?: 'Metric', id: string, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RemoveProcessChangeMutationVariables = Exact<{
  metricId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RemoveProcessChangeMutation = { __typename?: 'Mutation', removeProcessChange: { __typename?: 'MetricResult', metric?: { __typename?: 'Metric', id: string, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RetireMetricMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type RetireMetricMutation = { __typename?: 'Mutation', retireMetric: { __typename?: 'MetricResult', metric?: { __typename?: 'Metric', id: string, version: number, retiredAt?: string | null } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CreateScorecardSectionMutationVariables = Exact<{
  scorecardId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type CreateScorecardSectionMutation = { __typename?: 'Mutation', createScorecardSection: { __typename?: 'SectionResult', section?: { __typename?: 'ScorecardSection', id: string, title: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RenameScorecardSectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type RenameScorecardSectionMutation = { __typename?: 'Mutation', renameScorecardSection: { __typename?: 'SectionResult', section?: { __typename?: 'ScorecardSection', id: string, title: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SetSectionMetricsMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  metricIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SetSectionMetricsMutation = { __typename?: 'Mutation', setSectionMetrics: { __typename?: 'SectionResult', section?: { __typename?: 'ScorecardSection', id: string, metrics: Array<{ __typename?: 'Metric', id: string, name: string }> } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ChangeItem_ChangeFragment = { __typename?: 'QuarterChange', kind: QuarterChangeKind, sentence: string, metricId?: string | null, direction?: MoveDirection | null, signalClass?: SignalClass | null, deliverableId?: string | null, riskId?: string | null, priorityNumber?: number | null };

export type QuarterChangesQueryVariables = Exact<{
  period?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type QuarterChangesQuery = { __typename?: 'Query', quarterChanges: { __typename?: 'QuarterChanges', from?: { __typename?: 'ReportingPeriod', code: string, label: string } | null, to: { __typename?: 'ReportingPeriod', code: string, label: string, start: string }, changes: Array<{ __typename?: 'QuarterChange', kind: QuarterChangeKind, sentence: string, metricId?: string | null, direction?: MoveDirection | null, signalClass?: SignalClass | null, deliverableId?: string | null, riskId?: string | null, priorityNumber?: number | null }> }, reportingPeriods: Array<{ __typename?: 'ReportingPeriod', code: string, label: string, start: string }> };

export type CjsMeasure_MetricFragment = { __typename?: 'Metric', id: string, name: string, description?: string | null, unit: MetricUnit, latest?: { __typename?: 'Observation', id: string, value: number, periodStart: string, periodEnd: string, illustrative: boolean } | null, change?: { __typename?: 'Change', changeBasis: ChangeBasis, difference?: number | null, base?: number | null, text: string, against: string, baseLabel: string, illustrative: boolean } | null, benchmarkPosition?: { __typename?: 'BenchmarkPosition', national?: number | null, periodLabel: string, forcePeriodLabel: string, comparedWith: string } | null };

export type CjsQueryVariables = Exact<{
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type CjsQuery = { __typename?: 'Query', cjsScorecards: Array<{ __typename?: 'Scorecard', id: string, title: string, source?: string | null, sourceUrl?: string | null, sections: Array<{ __typename?: 'ScorecardSection', id: string, title: string, commentary: Array<{ __typename?: 'Commentary', id: string, text: string }>, metrics: Array<{ __typename?: 'Metric', id: string, name: string, description?: string | null, unit: MetricUnit, latest?: { __typename?: 'Observation', id: string, value: number, periodStart: string, periodEnd: string, illustrative: boolean } | null, change?: { __typename?: 'Change', changeBasis: ChangeBasis, difference?: number | null, base?: number | null, text: string, against: string, baseLabel: string, illustrative: boolean } | null, benchmarkPosition?: { __typename?: 'BenchmarkPosition', national?: number | null, periodLabel: string, forcePeriodLabel: string, comparedWith: string } | null }> }> }> };

export type DueDateText_DeliverableFragment = { __typename?: 'Deliverable', id: string, action: string, due: string, dueDate?: string | null, dueDateSource: DueDateSource, startDate?: string | null, version: number };

export type SlipWarning_DeliverableFragment = { __typename?: 'Deliverable', slipRisk: { __typename?: 'SlipRisk', status: SlipRiskStatus, expectedProgress?: number | null, rule: string } };

export type CorrectDeliverableDueDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  dueDate: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CorrectDeliverableDueDateMutation = { __typename?: 'Mutation', correctDeliverableDueDate: { __typename?: 'DeliverableResult', deliverable?: { __typename?: 'Deliverable', id: string, dueDate?: string | null, dueDateSource: DueDateSource, status: DeliverableStatus, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type UpdateDeliverableMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DeliverableInput;
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateDeliverableMutation = { __typename?: 'Mutation', updateDeliverable: { __typename?: 'DeliverableResult', deliverable?: { __typename?: 'Deliverable', id: string, progress: number, due: string, dueDate?: string | null, note?: string | null, status: DeliverableStatus, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type GovernanceQueryVariables = Exact<{ [key: string]: never; }>;


export type GovernanceQuery = { __typename?: 'Query', governance: Array<{ __typename?: 'GovernanceNode', id: string, name: string, kind: string, period?: string | null, description?: string | null, children: Array<{ __typename?: 'GovernanceNode', id: string, name: string, kind: string, period?: string | null, description?: string | null, children: Array<{ __typename?: 'GovernanceNode', id: string, name: string, kind: string, period?: string | null, description?: string | null, children: Array<{ __typename?: 'GovernanceNode', id: string, name: string, kind: string, period?: string | null, description?: string | null }> }> }> }> };

export type ActivityQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ActivityQuery = { __typename?: 'Query', activity: Array<{ __typename?: 'AuditEvent', before?: unknown | null, after?: unknown | null, id: string, at: string, actorEmail: string, action: string, entityType: string, entityId: string, changes: Array<string> }> };

export type AuditEventFieldsFragment = { __typename?: 'AuditEvent', id: string, at: string, actorEmail: string, action: string, entityType: string, entityId: string, changes: Array<string> };

export type ActivitySubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivitySubjectsQuery = { __typename?: 'Query', priorities: Array<{ __typename?: 'Priority', number: number, deliverables: Array<{ __typename?: 'Deliverable', id: string, action: string }>, outcomes: Array<{ __typename?: 'Statement', id: string, text: string }>, focus: Array<{ __typename?: 'Statement', id: string, text: string }>, risks: Array<{ __typename?: 'Statement', id: string, text: string }>, scorecards: Array<{ __typename?: 'Scorecard', sections: Array<{ __typename?: 'ScorecardSection', id: string, title: string, commentary: Array<{ __typename?: 'Commentary', id: string, text: string }> }> }> }> };

export type AuditHistoryQueryVariables = Exact<{
  entityType: Scalars['String']['input'];
  entityId: Scalars['ID']['input'];
}>;


export type AuditHistoryQuery = { __typename?: 'Query', auditHistory: Array<{ __typename?: 'AuditEvent', id: string, at: string, actorEmail: string, action: string, entityType: string, entityId: string, changes: Array<string> }> };

export type ImportScorecardsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportScorecardsQuery = { __typename?: 'Query', priorities: Array<{ __typename?: 'Priority', id: string, number: number, title: string, scorecards: Array<{ __typename?: 'Scorecard', id: string, title: string }> }> };

export type MetricBreakdownQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  area?: InputMaybe<Scalars['String']['input']>;
  breakdown?: InputMaybe<Scalars['String']['input']>;
}>;


export type MetricBreakdownQuery = { __typename?: 'Query', metric?: { __typename?: 'Metric', id: string, series: { __typename?: 'Series', area: string, breakdown: string, periods: Array<string>, values: Array<number>, illustrative: Array<boolean> } } | null };

export type Breakdowns_MetricFragment = { __typename?: 'Metric', id: string, unit: MetricUnit, seriesKeys: Array<{ __typename?: 'SeriesKey', breakdown: string, label: string, area: { __typename?: 'Area', code: string } }> };

export type MetricFacts_MetricFragment = { __typename?: 'Metric', dataSource: string, sourceUrl?: string | null, basis: MetricBasis, changeBasis: ChangeBasis, statistic?: string | null, reportingLagMonths: number, lagNote?: string | null, dataCaptureStart?: string | null, targetLabel?: string | null };

export type MetricHeadline_MetricFragment = { __typename?: 'Metric', id: string, unit: MetricUnit, basis: MetricBasis, latest?: { __typename?: 'Observation', id: string, value: number, periodStart: string, periodEnd: string, illustrative: boolean } | null, change?: { __typename?: 'Change', text: string, against: string, significant?: boolean | null, illustrative: boolean } | null, targetStanding?: { __typename?: 'TargetStanding', text: string } | null, spc?: { __typename?: 'Spc', status: SpcStatus, variation: VariationIcon, assurance: AssuranceIcon, assuranceNote?: string | null, signals: Array<{ __typename?: 'SpcSignal', to: string, illustrative: boolean }> } | null, benchmarkPosition?: { __typename?: 'BenchmarkPosition', comparedWith: string } | null };

export type NarrativeList_SentenceFragment = { __typename?: 'NarrativeSentence', key: string, text: string, status: NarrativeStatus, illustrative: boolean };

export type RelatedViews_MetricFragment = { __typename?: 'Metric', unit: MetricUnit, change?: { __typename?: 'Change', against: string } | null, comparisons?: { __typename?: 'Comparisons', yearOnYear?: { __typename?: 'Change', against: string, text: string, significant?: boolean | null, illustrative: boolean } | null, previousThreeMonths?: { __typename?: 'Change', against: string, text: string, significant?: boolean | null, illustrative: boolean } | null, meanVsMedian?: { __typename?: 'MeanVsMedian', mean: number, median: number, meanMetricId: string, medianMetricId: string, note: string } | null, rollingVsDiscrete?: { __typename?: 'RollingVsDiscrete', rolling: number, discrete: number, rollingMetricId: string, discreteMetricId: string, note: string } | null } | null };

export type XmrDataTable_SignalFragment = { __typename?: 'SpcSignal', rule: SpcRule, direction: SignalDirection, from: string, to: string, classification: SignalClass, illustrative: boolean };

export type XmrSection_MetricFragment = { __typename?: 'Metric', id: string, name: string, unit: MetricUnit, basis: MetricBasis, isSurvey: boolean, target?: number | null, targetKind?: TargetKind | null, targetLabel?: string | null, series: { __typename?: 'Series', periods: Array<string>, values: Array<number>, lower: Array<number | null>, upper: Array<number | null>, illustrative: Array<boolean> }, spc?: { __typename?: 'Spc', status: SpcStatus, message?: string | null, signals: Array<{ __typename?: 'SpcSignal', rule: SpcRule, direction: SignalDirection, from: string, to: string, classification: SignalClass, illustrative: boolean }>, points: Array<{ __typename?: 'SpcPoint', periodEnd: string, special: boolean, signal?: SignalClass | null, rules: Array<SpcRule> }>, segments: Array<{ __typename?: 'SpcSegment', start: string, end: string, centre: number, upper: number, lower: number, isTrial: boolean, label?: string | null }> } | null };

export type EditableNarrativeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditableNarrativeQuery = { __typename?: 'Query', currentPeriod: { __typename?: 'ReportingPeriod', code: string }, metric?: { __typename?: 'Metric', id: string, narrative: Array<{ __typename?: 'NarrativeSentence', id?: string | null, key: string, text: string, generatedText: string, generatorVersion: string, status: NarrativeStatus, isStale: boolean, illustrative: boolean, version: number }> } | null };

export type EditableNarrativeFragment = { __typename?: 'NarrativeSentence', id?: string | null, key: string, text: string, generatedText: string, generatorVersion: string, status: NarrativeStatus, isStale: boolean, illustrative: boolean, version: number };

export type AcceptNarrativeMutationVariables = Exact<{
  metricId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  key: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcceptNarrativeMutation = { __typename?: 'Mutation', acceptNarrative: { __typename?: 'NarrativeResult', sentence?: { __typename?: 'NarrativeSentence', id?: string | null, key: string, text: string, generatedText: string, generatorVersion: string, status: NarrativeStatus, isStale: boolean, illustrative: boolean, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type EditNarrativeMutationVariables = Exact<{
  metricId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  key: Scalars['String']['input'];
  text: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditNarrativeMutation = { __typename?: 'Mutation', editNarrative: { __typename?: 'NarrativeResult', sentence?: { __typename?: 'NarrativeSentence', id?: string | null, key: string, text: string, generatedText: string, generatorVersion: string, status: NarrativeStatus, isStale: boolean, illustrative: boolean, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type MetricQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type MetricQuery = { __typename?: 'Query', metric?: { __typename?: 'Metric', id: string, name: string, description?: string | null, priorityNumber?: number | null, sectionTitle?: string | null, unit: MetricUnit, basis: MetricBasis, isSurvey: boolean, target?: number | null, targetKind?: TargetKind | null, targetLabel?: string | null, dataSource: string, sourceUrl?: string | null, changeBasis: ChangeBasis, statistic?: string | null, reportingLagMonths: number, lagNote?: string | null, dataCaptureStart?: string | null, series: { __typename?: 'Series', illustrative: Array<boolean>, periods: Array<string>, values: Array<number>, lower: Array<number | null>, upper: Array<number | null> }, narrative: Array<{ __typename?: 'NarrativeSentence', key: string, text: string, status: NarrativeStatus, illustrative: boolean }>, latest?: { __typename?: 'Observation', id: string, value: number, periodStart: string, periodEnd: string, illustrative: boolean } | null, change?: { __typename?: 'Change', against: string, text: string, significant?: boolean | null, illustrative: boolean } | null, targetStanding?: { __typename?: 'TargetStanding', text: string } | null, spc?: { __typename?: 'Spc', status: SpcStatus, variation: VariationIcon, assurance: AssuranceIcon, assuranceNote?: string | null, message?: string | null, signals: Array<{ __typename?: 'SpcSignal', to: string, illustrative: boolean, rule: SpcRule, direction: SignalDirection, from: string, classification: SignalClass }>, points: Array<{ __typename?: 'SpcPoint', periodEnd: string, special: boolean, signal?: SignalClass | null, rules: Array<SpcRule> }>, segments: Array<{ __typename?: 'SpcSegment', start: string, end: string, centre: number, upper: number, lower: number, isTrial: boolean, label?: string | null }> } | null, benchmarkPosition?: { __typename?: 'BenchmarkPosition', comparedWith: string } | null, comparisons?: { __typename?: 'Comparisons', yearOnYear?: { __typename?: 'Change', against: string, text: string, significant?: boolean | null, illustrative: boolean } | null, previousThreeMonths?: { __typename?: 'Change', against: string, text: string, significant?: boolean | null, illustrative: boolean } | null, meanVsMedian?: { __typename?: 'MeanVsMedian', mean: number, median: number, meanMetricId: string, medianMetricId: string, note: string } | null, rollingVsDiscrete?: { __typename?: 'RollingVsDiscrete', rolling: number, discrete: number, rollingMetricId: string, discreteMetricId: string, note: string } | null } | null, seriesKeys: Array<{ __typename?: 'SeriesKey', breakdown: string, label: string, area: { __typename?: 'Area', code: string } }> } | null };

export type ExceptionsList_ExceptionFragment = { __typename?: 'MetricException', severity: number, summary: string, reasons: Array<string>, illustrative: boolean, variation: VariationIcon, assurance: AssuranceIcon, priorityNumber?: number | null, standing?: { __typename?: 'TargetStanding', text: string } | null, latest?: { __typename?: 'Observation', id: string, value: number, periodEnd: string, illustrative: boolean } | null, metric: { __typename?: 'Metric', id: string, name: string, unit: MetricUnit } };

export type PriorityCard_PriorityFragment = { __typename?: 'Priority', id: string, number: number, title: string, summary: { __typename?: 'PrioritySummary', metricCount: number, concernCount: number, improvementCount: number, slaBreachCount: number, deliverablesOnTrack: number, deliverablesAtRisk: number, deliverablesOverdue: number, deliverablesComplete: number, openRiskCount: number } };

export type OverviewQueryVariables = Exact<{
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverviewQuery = { __typename?: 'Query', priorities: Array<{ __typename?: 'Priority', number: number, id: string, title: string, summary: { __typename?: 'PrioritySummary', metricCount: number, concernCount: number, improvementCount: number, slaBreachCount: number, deliverablesOnTrack: number, deliverablesAtRisk: number, deliverablesOverdue: number, deliverablesComplete: number, openRiskCount: number } }>, exceptions: Array<{ __typename?: 'MetricException', illustrative: boolean, severity: number, summary: string, reasons: Array<string>, variation: VariationIcon, assurance: AssuranceIcon, priorityNumber?: number | null, standing?: { __typename?: 'TargetStanding', text: string } | null, latest?: { __typename?: 'Observation', id: string, value: number, periodEnd: string, illustrative: boolean } | null, metric: { __typename?: 'Metric', id: string, name: string, unit: MetricUnit } }> };

export type PresentationQueryVariables = Exact<{
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type PresentationQuery = { __typename?: 'Query', currentPeriod: { __typename?: 'ReportingPeriod', id: string, code: string, label: string }, exceptions: Array<{ __typename?: 'MetricException', severity: number, summary: string, reasons: Array<string>, illustrative: boolean, variation: VariationIcon, assurance: AssuranceIcon, priorityNumber?: number | null, metric: { __typename?: 'Metric', id: string, name: string, unit: MetricUnit, series: { __typename?: 'Series', values: Array<number> } }, standing?: { __typename?: 'TargetStanding', text: string } | null, latest?: { __typename?: 'Observation', id: string, value: number, periodEnd: string, illustrative: boolean } | null }>, priorities: Array<{ __typename?: 'Priority', id: string, number: number, title: string, outcomes: Array<{ __typename?: 'Statement', id: string, text: string }>, summary: { __typename?: 'PrioritySummary', metricCount: number, concernCount: number, improvementCount: number, slaBreachCount: number, deliverablesOnTrack: number, deliverablesAtRisk: number, deliverablesOverdue: number, deliverablesComplete: number, openRiskCount: number } }> };

export type EditableCommentaryQueryVariables = Exact<{
  number: Scalars['Int']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditableCommentaryQuery = { __typename?: 'Query', priority?: { __typename?: 'Priority', id: string, number: number, scorecards: Array<{ __typename?: 'Scorecard', id: string, sections: Array<{ __typename?: 'ScorecardSection', id: string, commentary: Array<{ __typename?: 'Commentary', id: string, text: string, position: number, retired: boolean, version: number, updatedAt: string }> }> }> } | null };

export type DeliverablesTable_DeliverableFragment = { __typename?: 'Deliverable', id: string, action: string, due: string, dueDate?: string | null, progress: number, status: DeliverableStatus, note?: string | null, version: number, dueDateSource: DueDateSource, startDate?: string | null, slipRisk: { __typename?: 'SlipRisk', status: SlipRiskStatus, expectedProgress?: number | null, rule: string } };

export type MetricTile_MetricFragment = { __typename?: 'Metric', id: string, name: string, unit: MetricUnit, basis: MetricBasis, targetLabel?: string | null, latest?: { __typename?: 'Observation', id: string, value: number, periodEnd: string, illustrative: boolean } | null, change?: { __typename?: 'Change', text: string, against: string, significant?: boolean | null, illustrative: boolean } | null, targetStanding?: { __typename?: 'TargetStanding', isMet: boolean, text: string } | null, spc?: { __typename?: 'Spc', status: SpcStatus, variation: VariationIcon, assurance: AssuranceIcon, signals: Array<{ __typename?: 'SpcSignal', to: string, illustrative: boolean }> } | null, series: { __typename?: 'Series', values: Array<number>, illustrative: Array<boolean> } };

export type ScorecardSectionView_SectionFragment = { __typename?: 'ScorecardSection', id: string, title: string, position: number, commentary: Array<{ __typename?: 'Commentary', id: string, text: string, version: number }>, previousCommentary: Array<{ __typename?: 'Commentary', id: string, text: string }>, metrics: Array<{ __typename?: 'Metric', id: string, name: string, unit: MetricUnit, basis: MetricBasis, targetLabel?: string | null, description?: string | null, latest?: { __typename?: 'Observation', id: string, value: number, periodEnd: string, illustrative: boolean, periodStart: string } | null, change?: { __typename?: 'Change', changeBasis: ChangeBasis, difference?: number | null, base?: number | null, text: string, against: string, baseLabel: string, illustrative: boolean, significant?: boolean | null } | null, targetStanding?: { __typename?: 'TargetStanding', isMet: boolean, text: string } | null, spc?: { __typename?: 'Spc', status: SpcStatus, variation: VariationIcon, assurance: AssuranceIcon, signals: Array<{ __typename?: 'SpcSignal', to: string, illustrative: boolean }> } | null, series: { __typename?: 'Series', values: Array<number>, illustrative: Array<boolean> }, benchmarkPosition?: { __typename?: 'BenchmarkPosition', national?: number | null, periodLabel: string, forcePeriodLabel: string, comparedWith: string } | null }> };

export type EditableStatementsQueryVariables = Exact<{
  number: Scalars['Int']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditableStatementsQuery = { __typename?: 'Query', priority?: { __typename?: 'Priority', id: string, number: number, outcomes: Array<{ __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string }>, focus: Array<{ __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string }>, risks: Array<{ __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string }> } | null };

export type EditableCommentaryFragment = { __typename?: 'Commentary', id: string, text: string, position: number, retired: boolean, version: number, updatedAt: string };

export type AddCommentaryMutationVariables = Exact<{
  input: AddCommentaryInput;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddCommentaryMutation = { __typename?: 'Mutation', addCommentary: { __typename?: 'CommentaryResult', commentary?: { __typename?: 'Commentary', id: string, text: string, position: number, retired: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type EditCommentaryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditCommentaryMutation = { __typename?: 'Mutation', editCommentary: { __typename?: 'CommentaryResult', commentary?: { __typename?: 'Commentary', id: string, text: string, position: number, retired: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RetireCommentaryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RetireCommentaryMutation = { __typename?: 'Mutation', retireCommentary: { __typename?: 'CommentaryResult', commentary?: { __typename?: 'Commentary', id: string, text: string, position: number, retired: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ReorderCommentaryMutationVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReorderCommentaryMutation = { __typename?: 'Mutation', reorderCommentary: { __typename?: 'CommentaryListResult', commentary: Array<{ __typename?: 'Commentary', id: string, text: string, position: number, retired: boolean, version: number, updatedAt: string }>, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PriorityQueryVariables = Exact<{
  number: Scalars['Int']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type PriorityQuery = { __typename?: 'Query', deliverableStatusDate: string, priority?: { __typename?: 'Priority', id: string, number: number, title: string, outcomes: Array<{ __typename?: 'Statement', id: string, text: string, version: number }>, focus: Array<{ __typename?: 'Statement', id: string, text: string, version: number }>, risks: Array<{ __typename?: 'Statement', id: string, text: string, version: number, review?: RiskReview | null }>, previousFocus: Array<{ __typename?: 'Statement', id: string, text: string }>, deliverables: Array<{ __typename?: 'Deliverable', id: string, action: string, due: string, dueDate?: string | null, progress: number, status: DeliverableStatus, note?: string | null, version: number, dueDateSource: DueDateSource, startDate?: string | null, slipRisk: { __typename?: 'SlipRisk', status: SlipRiskStatus, expectedProgress?: number | null, rule: string } }>, scorecards: Array<{ __typename?: 'Scorecard', id: string, title: string, kind: ScorecardKind, sections: Array<{ __typename?: 'ScorecardSection', id: string, title: string, position: number, commentary: Array<{ __typename?: 'Commentary', id: string, text: string, version: number }>, previousCommentary: Array<{ __typename?: 'Commentary', id: string, text: string }>, metrics: Array<{ __typename?: 'Metric', id: string, name: string, unit: MetricUnit, basis: MetricBasis, targetLabel?: string | null, description?: string | null, latest?: { __typename?: 'Observation', id: string, value: number, periodEnd: string, illustrative: boolean, periodStart: string } | null, change?: { __typename?: 'Change', changeBasis: ChangeBasis, difference?: number | null, base?: number | null, text: string, against: string, baseLabel: string, illustrative: boolean, significant?: boolean | null } | null, targetStanding?: { __typename?: 'TargetStanding', isMet: boolean, text: string } | null, spc?: { __typename?: 'Spc', status: SpcStatus, variation: VariationIcon, assurance: AssuranceIcon, signals: Array<{ __typename?: 'SpcSignal', to: string, illustrative: boolean }> } | null, series: { __typename?: 'Series', values: Array<number>, illustrative: Array<boolean> }, benchmarkPosition?: { __typename?: 'BenchmarkPosition', national?: number | null, periodLabel: string, forcePeriodLabel: string, comparedWith: string } | null }> }> }> } | null };

export type EditableStatementFragment = { __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string };

export type AddStatementMutationVariables = Exact<{
  input: AddStatementInput;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddStatementMutation = { __typename?: 'Mutation', addStatement: { __typename?: 'StatementResult', statement?: { __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type EditStatementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type EditStatementMutation = { __typename?: 'Mutation', editStatement: { __typename?: 'StatementResult', statement?: { __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RetireStatementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RetireStatementMutation = { __typename?: 'Mutation', retireStatement: { __typename?: 'StatementResult', statement?: { __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type RestoreStatementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RestoreStatementMutation = { __typename?: 'Mutation', restoreStatement: { __typename?: 'StatementResult', statement?: { __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ReorderStatementsMutationVariables = Exact<{
  priority: Scalars['Int']['input'];
  kind: StatementKind;
  period?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReorderStatementsMutation = { __typename?: 'Mutation', reorderStatements: { __typename?: 'StatementListResult', statements: Array<{ __typename?: 'Statement', id: string, kind: StatementKind, text: string, position: number, retired: boolean, version: number, updatedAt: string }>, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type QuarterStatusQueryVariables = Exact<{
  withCurrent: Scalars['Boolean']['input'];
}>;


export type QuarterStatusQuery = { __typename?: 'Query', currentPeriod?: { __typename?: 'ReportingPeriod', id: string, code: string }, reportingPeriods: Array<{ __typename?: 'ReportingPeriod', id: string, code: string, label: string, status: PeriodStatus, version: number, next?: { __typename?: 'ReportingPeriod', id: string, code: string } | null, openedFrom?: { __typename?: 'ReportingPeriod', id: string, code: string, label: string } | null }> };

export type OpenNextQuarterMutationVariables = Exact<{
  from: Scalars['String']['input'];
}>;


export type OpenNextQuarterMutation = { __typename?: 'Mutation', openNextQuarter: { __typename?: 'QuarterResult', quarter?: { __typename?: 'ReportingPeriod', id: string, code: string, label: string, status: PeriodStatus, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type PublishQuarterMutationVariables = Exact<{
  period: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type PublishQuarterMutation = { __typename?: 'Mutation', publishQuarter: { __typename?: 'QuarterResult', quarter?: { __typename?: 'ReportingPeriod', id: string, code: string, label: string, status: PeriodStatus, version: number, publishedAt?: string | null } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type ReviewRiskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  review: RiskReviewDecision;
  text?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewRiskMutation = { __typename?: 'Mutation', reviewRisk: { __typename?: 'StatementResult', statement?: { __typename?: 'Statement', id: string, text: string, review?: RiskReview | null, retired: boolean, version: number } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AddComparatorMutationVariables = Exact<{
  input: AddComparatorInput;
}>;


export type AddComparatorMutation = { __typename?: 'Mutation', addComparator: { __typename?: 'SetupComparatorResult', comparator?: { __typename?: 'Comparator', id: string, code: string, name: string, kind: ComparatorKind } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type OpenFirstQuarterMutationVariables = Exact<{
  input: OpenFirstQuarterInput;
}>;


export type OpenFirstQuarterMutation = { __typename?: 'Mutation', openFirstQuarter: { __typename?: 'SetupQuarterResult', quarter?: { __typename?: 'ReportingPeriod', id: string, code: string, label: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SetUpForceMutationVariables = Exact<{
  input: SetUpForceInput;
}>;


export type SetUpForceMutation = { __typename?: 'Mutation', setUpForce: { __typename?: 'SetupForceResult', force?: { __typename?: 'Comparator', id: string, code: string, name: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AddGlossaryTermMutationVariables = Exact<{
  input: GlossaryTermInput;
}>;


export type AddGlossaryTermMutation = { __typename?: 'Mutation', addGlossaryTerm: { __typename?: 'SetupGlossaryTermResult', term?: { __typename?: 'GlossaryTerm', acronym: string, meaning: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type DefineMostSimilarGroupMutationVariables = Exact<{
  input: DefineMostSimilarGroupInput;
}>;


export type DefineMostSimilarGroupMutation = { __typename?: 'Mutation', defineMostSimilarGroup: { __typename?: 'SetupMostSimilarGroupResult', mostSimilarGroup?: { __typename?: 'MostSimilarGroup', id: string, label: string, validFrom: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CreatePlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type CreatePlanMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'SetupPlanResult', plan?: { __typename?: 'Plan', id: string, title: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type AddPriorityMutationVariables = Exact<{
  input: AddPriorityInput;
}>;


export type AddPriorityMutation = { __typename?: 'Mutation', addPriority: { __typename?: 'SetupPriorityResult', priority?: { __typename?: 'Priority', id: string, number: number, title: string } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type CreateScorecardMutationVariables = Exact<{
  input: CreateScorecardInput;
}>;


export type CreateScorecardMutation = { __typename?: 'Mutation', createScorecard: { __typename?: 'SetupScorecardResult', scorecard?: { __typename?: 'Scorecard', id: string, title: string, kind: ScorecardKind } | null, errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { __typename?: 'Query', setupStatus: { __typename?: 'SetupStatus', isComplete: boolean, steps: Array<{ __typename?: 'SetupStep', key: SetupStepKey, isDone: boolean, isRequired: boolean, detail?: string | null }>, homeForce?: { __typename?: 'Comparator', id: string, code: string, name: string } | null, plan?: { __typename?: 'Plan', id: string, title: string } | null, firstQuarter?: { __typename?: 'ReportingPeriod', id: string, code: string, label: string } | null }, priorities: Array<{ __typename?: 'Priority', id: string, number: number, title: string }> };

export type ChangeLine_ChangeFragment = { __typename?: 'Change', text: string, against: string, significant?: boolean | null, illustrative: boolean };

export type GlossaryQueryVariables = Exact<{ [key: string]: never; }>;


export type GlossaryQuery = { __typename?: 'Query', glossary: Array<{ __typename?: 'GlossaryTerm', acronym: string, meaning: string }> };

export type PeriodPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type PeriodPickerQuery = { __typename?: 'Query', currentPeriod: { __typename?: 'ReportingPeriod', id: string, code: string, label: string }, reportingPeriods: Array<{ __typename?: 'ReportingPeriod', id: string, code: string, label: string, kind: PeriodKind, status: PeriodStatus }> };

export const BenchmarkStanding_PositionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkStanding_position"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"msgRank"}},{"kind":"Field","name":{"kind":"Name","value":"msgRankOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"msgQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRank"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRankOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"nationalQuartile"}}]}}]} as unknown as DocumentNode<BenchmarkStanding_PositionFragment, unknown>;
export const BenchmarkComparison_MetricFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkComparison_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isHomeForce"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"forceValue"}},{"kind":"Field","name":{"kind":"Name","value":"forcePeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"forceLower"}},{"kind":"Field","name":{"kind":"Name","value":"forceUpper"}},{"kind":"Field","name":{"kind":"Name","value":"forceIllustrative"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkStanding_position"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkStanding_position"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"msgRank"}},{"kind":"Field","name":{"kind":"Name","value":"msgRankOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"msgQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRank"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRankOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"nationalQuartile"}}]}}]} as unknown as DocumentNode<BenchmarkComparison_MetricFragment, unknown>;
export const BenchmarkComparison_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkComparison_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceName"}}]}}]} as unknown as DocumentNode<BenchmarkComparison_PlanFragment, unknown>;
export const ChangeItem_ChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeItem_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"metricId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"signalClass"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableId"}},{"kind":"Field","name":{"kind":"Name","value":"riskId"}},{"kind":"Field","name":{"kind":"Name","value":"priorityNumber"}}]}}]} as unknown as DocumentNode<ChangeItem_ChangeFragment, unknown>;
export const AuditEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const Breakdowns_MetricFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Breakdowns_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"seriesKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<Breakdowns_MetricFragment, unknown>;
export const MetricFacts_MetricFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFacts_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSource"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"changeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLagMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lagNote"}},{"kind":"Field","name":{"kind":"Name","value":"dataCaptureStart"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}}]}}]} as unknown as DocumentNode<MetricFacts_MetricFragment, unknown>;
export const ChangeLine_ChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLine_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<ChangeLine_ChangeFragment, unknown>;
export const BenchmarkLink_PositionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkLink_position"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}}]}}]} as unknown as DocumentNode<BenchmarkLink_PositionFragment, unknown>;
export const MetricHeadline_MetricFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricHeadline_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"assuranceNote"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkLink_position"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLine_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkLink_position"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}}]}}]} as unknown as DocumentNode<MetricHeadline_MetricFragment, unknown>;
export const NarrativeList_SentenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NarrativeList_sentence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NarrativeSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<NarrativeList_SentenceFragment, unknown>;
export const RelatedViews_MetricFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedViews_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearOnYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousThreeMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meanVsMedian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"meanMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"medianMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollingVsDiscrete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolling"}},{"kind":"Field","name":{"kind":"Name","value":"discrete"}},{"kind":"Field","name":{"kind":"Name","value":"rollingMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"discreteMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLine_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<RelatedViews_MetricFragment, unknown>;
export const XmrDataTable_SignalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrDataTable_signal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpcSignal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<XmrDataTable_SignalFragment, unknown>;
export const XmrSection_MetricFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrSection_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"isSurvey"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrDataTable_signal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"special"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"isTrial"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrDataTable_signal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpcSignal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<XmrSection_MetricFragment, unknown>;
export const EditableNarrativeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableNarrative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NarrativeSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"generatedText"}},{"kind":"Field","name":{"kind":"Name","value":"generatorVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EditableNarrativeFragment, unknown>;
export const ExceptionsList_ExceptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExceptionsList_exception"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricException"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"priorityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<ExceptionsList_ExceptionFragment, unknown>;
export const PriorityCard_PriorityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityCard_priority"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Priority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"improvementCount"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreachCount"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesOnTrack"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesComplete"}},{"kind":"Field","name":{"kind":"Name","value":"openRiskCount"}}]}}]}}]} as unknown as DocumentNode<PriorityCard_PriorityFragment, unknown>;
export const DueDateText_DeliverableFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DueDateText_deliverable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateSource"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DueDateText_DeliverableFragment, unknown>;
export const SlipWarning_DeliverableFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlipWarning_deliverable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slipRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]} as unknown as DocumentNode<SlipWarning_DeliverableFragment, unknown>;
export const DeliverablesTable_DeliverableFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliverablesTable_deliverable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DueDateText_deliverable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlipWarning_deliverable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DueDateText_deliverable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateSource"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlipWarning_deliverable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slipRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]} as unknown as DocumentNode<DeliverablesTable_DeliverableFragment, unknown>;
export const MetricTile_MetricFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricTile_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isMet"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLine_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<MetricTile_MetricFragment, unknown>;
export const CjsMeasure_MetricFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CjsMeasure_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"baseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"forcePeriodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}}]}}]}}]} as unknown as DocumentNode<CjsMeasure_MetricFragment, unknown>;
export const ScorecardSectionView_SectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardSectionView_section"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricTile_metric"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CjsMeasure_metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLine_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricTile_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isMet"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CjsMeasure_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"baseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"forcePeriodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}}]}}]}}]} as unknown as DocumentNode<ScorecardSectionView_SectionFragment, unknown>;
export const EditableCommentaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableCommentary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditableCommentaryFragment, unknown>;
export const EditableStatementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditableStatementFragment, unknown>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const BenchmarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Benchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkComparison_plan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkComparison_metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkStanding_position"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"msgRank"}},{"kind":"Field","name":{"kind":"Name","value":"msgRankOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"msgQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRank"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRankOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"nationalQuartile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkComparison_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkComparison_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isHomeForce"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"forceValue"}},{"kind":"Field","name":{"kind":"Name","value":"forcePeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"forceLower"}},{"kind":"Field","name":{"kind":"Name","value":"forceUpper"}},{"kind":"Field","name":{"kind":"Name","value":"forceIllustrative"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkStanding_position"}}]}}]}}]} as unknown as DocumentNode<BenchmarksQuery, BenchmarksQueryVariables>;
export const MetricCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"changeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetSetBy"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLagMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lagNote"}},{"kind":"Field","name":{"kind":"Name","value":"dataCaptureStart"}},{"kind":"Field","name":{"kind":"Name","value":"spcBaselinePoints"}},{"kind":"Field","name":{"kind":"Name","value":"spcRunLength"}},{"kind":"Field","name":{"kind":"Name","value":"spcTrendLength"}},{"kind":"Field","name":{"kind":"Name","value":"spcTwoOfThreeRule"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"processChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardTitle"}},{"kind":"Field","name":{"kind":"Name","value":"priorityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetricCatalogueQuery, MetricCatalogueQueryVariables>;
export const CreateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMetricMutation, CreateMetricMutationVariables>;
export const UpdateMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricDefinitionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMetricMutation, UpdateMetricMutationVariables>;
export const AddProcessChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProcessChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProcessChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metricId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddProcessChangeMutation, AddProcessChangeMutationVariables>;
export const RemoveProcessChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveProcessChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProcessChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metricId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveProcessChangeMutation, RemoveProcessChangeMutationVariables>;
export const RetireMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireMetric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RetireMetricMutation, RetireMetricMutationVariables>;
export const CreateScorecardSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScorecardSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scorecardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScorecardSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scorecardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scorecardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScorecardSectionMutation, CreateScorecardSectionMutationVariables>;
export const RenameScorecardSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameScorecardSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameScorecardSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenameScorecardSectionMutation, RenameScorecardSectionMutationVariables>;
export const SetSectionMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSectionMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSectionMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metricIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetSectionMetricsMutation, SetSectionMetricsMutationVariables>;
export const QuarterChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarterChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeItem_change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"QUARTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeItem_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"metricId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"signalClass"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableId"}},{"kind":"Field","name":{"kind":"Name","value":"riskId"}},{"kind":"Field","name":{"kind":"Name","value":"priorityNumber"}}]}}]} as unknown as DocumentNode<QuarterChangesQuery, QuarterChangesQueryVariables>;
export const CjsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cjs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cjsScorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CjsMeasure_metric"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CjsMeasure_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"baseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"forcePeriodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}}]}}]}}]} as unknown as DocumentNode<CjsQuery, CjsQueryVariables>;
export const CorrectDeliverableDueDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectDeliverableDueDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctDeliverableDueDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectDeliverableDueDateMutation, CorrectDeliverableDueDateMutationVariables>;
export const UpdateDeliverableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDeliverable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliverableInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeliverable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDeliverableMutation, UpdateDeliverableMutationVariables>;
export const GovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovernanceQuery, GovernanceQueryVariables>;
export const ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]} as unknown as DocumentNode<ActivityQuery, ActivityQueryVariables>;
export const ActivitySubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitySubjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitySubjectsQuery, ActivitySubjectsQueryVariables>;
export const AuditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]} as unknown as DocumentNode<AuditHistoryQuery, AuditHistoryQueryVariables>;
export const ImportScorecardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportScorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ImportScorecardsQuery, ImportScorecardsQueryVariables>;
export const MetricBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"breakdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"breakdown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}}]}}]} as unknown as DocumentNode<MetricBreakdownQuery, MetricBreakdownQueryVariables>;
export const EditableNarrativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableNarrative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableNarrative"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableNarrative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NarrativeSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"generatedText"}},{"kind":"Field","name":{"kind":"Name","value":"generatorVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EditableNarrativeQuery, EditableNarrativeQueryVariables>;
export const AcceptNarrativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNarrative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNarrative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metricId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableNarrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableNarrative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NarrativeSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"generatedText"}},{"kind":"Field","name":{"kind":"Name","value":"generatorVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AcceptNarrativeMutation, AcceptNarrativeMutationVariables>;
export const EditNarrativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditNarrative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editNarrative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metricId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableNarrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableNarrative"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NarrativeSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"generatedText"}},{"kind":"Field","name":{"kind":"Name","value":"generatorVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EditNarrativeMutation, EditNarrativeMutationVariables>;
export const MetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Metric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priorityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"narrative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NarrativeList_sentence"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricHeadline_metric"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedViews_metric"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrSection_metric"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Breakdowns_metric"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricFacts_metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLine_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkLink_position"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrDataTable_signal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpcSignal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NarrativeList_sentence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NarrativeSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricHeadline_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"assuranceNote"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkLink_position"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedViews_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearOnYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousThreeMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meanVsMedian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"meanMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"medianMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollingVsDiscrete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolling"}},{"kind":"Field","name":{"kind":"Name","value":"discrete"}},{"kind":"Field","name":{"kind":"Name","value":"rollingMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"discreteMetricId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrSection_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"isSurvey"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrDataTable_signal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"special"}},{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"isTrial"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Breakdowns_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"seriesKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricFacts_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSource"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"changeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLagMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lagNote"}},{"kind":"Field","name":{"kind":"Name","value":"dataCaptureStart"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}}]}}]} as unknown as DocumentNode<MetricQuery, MetricQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityCard_priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExceptionsList_exception"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityCard_priority"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Priority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"improvementCount"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreachCount"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesOnTrack"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesComplete"}},{"kind":"Field","name":{"kind":"Name","value":"openRiskCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExceptionsList_exception"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricException"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"priorityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const PresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Presentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExceptionsList_exception"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityCard_priority"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExceptionsList_exception"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricException"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"priorityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityCard_priority"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Priority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricCount"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"improvementCount"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreachCount"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesOnTrack"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverablesComplete"}},{"kind":"Field","name":{"kind":"Name","value":"openRiskCount"}}]}}]}}]} as unknown as DocumentNode<PresentationQuery, PresentationQueryVariables>;
export const EditableCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableCommentary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableCommentary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditableCommentaryQuery, EditableCommentaryQueryVariables>;
export const EditableStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableStatement"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditableStatementsQuery, EditableStatementsQueryVariables>;
export const AddCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentaryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableCommentary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableCommentary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddCommentaryMutation, AddCommentaryMutationVariables>;
export const EditCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableCommentary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableCommentary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditCommentaryMutation, EditCommentaryMutationVariables>;
export const RetireCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableCommentary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableCommentary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RetireCommentaryMutation, RetireCommentaryMutationVariables>;
export const ReorderCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableCommentary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableCommentary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commentary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReorderCommentaryMutation, ReorderCommentaryMutationVariables>;
export const PriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Priority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverableStatusDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"priority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"review"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousFocus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliverablesTable_deliverable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScorecardSectionView_section"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DueDateText_deliverable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateSource"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SlipWarning_deliverable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slipRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLine_change"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricTile_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLine_change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isMet"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}},{"kind":"Field","name":{"kind":"Name","value":"assurance"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CjsMeasure_metric"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeBasis"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"baseLabel"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarkPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"national"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"forcePeriodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliverablesTable_deliverable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DueDateText_deliverable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SlipWarning_deliverable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScorecardSectionView_section"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScorecardSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"commentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricTile_metric"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CjsMeasure_metric"}}]}}]}}]} as unknown as DocumentNode<PriorityQuery, PriorityQueryVariables>;
export const AddStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStatementInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddStatementMutation, AddStatementMutationVariables>;
export const EditStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EditStatementMutation, EditStatementMutationVariables>;
export const RetireStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RetireStatementMutation, RetireStatementMutationVariables>;
export const RestoreStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RestoreStatementMutation, RestoreStatementMutationVariables>;
export const ReorderStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableStatement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableStatement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReorderStatementsMutation, ReorderStatementsMutationVariables>;
export const QuarterStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCurrent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCurrent"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"QUARTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<QuarterStatusQuery, QuarterStatusQueryVariables>;
export const OpenNextQuarterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenNextQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNextQuarter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OpenNextQuarterMutation, OpenNextQuarterMutationVariables>;
export const PublishQuarterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishQuarter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublishQuarterMutation, PublishQuarterMutationVariables>;
export const ReviewRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"review"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"review"},"value":{"kind":"Variable","name":{"kind":"Name","value":"review"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewRiskMutation, ReviewRiskMutationVariables>;
export const AddComparatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComparator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddComparatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComparator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddComparatorMutation, AddComparatorMutationVariables>;
export const OpenFirstQuarterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenFirstQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenFirstQuarterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openFirstQuarter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OpenFirstQuarterMutation, OpenFirstQuarterMutationVariables>;
export const SetUpForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUpForce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUpForceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUpForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"force"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetUpForceMutation, SetUpForceMutationVariables>;
export const AddGlossaryTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGlossaryTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGlossaryTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddGlossaryTermMutation, AddGlossaryTermMutationVariables>;
export const DefineMostSimilarGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineMostSimilarGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineMostSimilarGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineMostSimilarGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mostSimilarGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DefineMostSimilarGroupMutation, DefineMostSimilarGroupMutationVariables>;
export const CreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const AddPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddPriorityMutation, AddPriorityMutationVariables>;
export const CreateScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScorecardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScorecardMutation, CreateScorecardMutationVariables>;
export const SetupStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isComplete"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"isDone"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstQuarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SetupStatusQuery, SetupStatusQueryVariables>;
export const GlossaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Glossary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"glossary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}}]}}]}}]} as unknown as DocumentNode<GlossaryQuery, GlossaryQueryVariables>;
export const PeriodPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodPicker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"QUARTER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PeriodPickerQuery, PeriodPickerQueryVariables>;