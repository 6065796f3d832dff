import DataLoader from "dataloader";
import { type RequestFreshness, requestFreshness } from "../cache/requestFreshness.ts";
import { readDataVersion } from "./dataVersion.ts";
import type { Database } from "./db.ts";
import {
  findBenchmarksByMetricIdsSql,
  findNarrativesByMetricIdsSql,
  listComparatorsSql,
} from "./hot/drillDownReads.ts";
import {
  findMetricsByIdsSql,
  findPrioritiesByIdsSql,
  findProcessChangesByMetricIdsSql,
  findScorecardsByPriorityIdsSql,
  findSectionMetricIdsSql,
  findSectionsByScorecardIdsSql,
  listReportingPeriodsSql,
} from "./hot/hotReads.ts";
import { observationsLoader } from "./hot/observationsLoader.ts";
import type {
  AreaRecord,
  BenchmarkRecord,
  CommentaryRecord,
  ComparatorRecord,
  DeliverableRecord,
  GovernanceNodeRecord,
  MetricPlacementRecord,
  MetricRecord,
  MostSimilarGroupRecord,
  NarrativeRecord,
  ObservationRecord,
  PriorityRecord,
  ProcessChangeRecord,
  ReportingPeriodRecord,
  ScorecardRecord,
  SectionRecord,
  StatementRecord,
} from "./records.ts";
import { listMostSimilarGroups } from "./repositories/benchmarkRepository.ts";
import { findCommentaryBySectionIds } from "./repositories/commentaryRepository.ts";
import { findDeliverablesByPriorityIds } from "./repositories/deliverableRepository.ts";
import { findMetricsByFamilies } from "./repositories/metricRepository.ts";
import { listAreas } from "./repositories/observationRepository.ts";
import { listGovernanceNodes } from "./repositories/referenceRepository.ts";
import { findMetricPlacements } from "./repositories/scorecardRepository.ts";
import { findStatementsByPriorityIds } from "./repositories/statementRepository.ts";

/** Per-request DataLoaders: one SQL query per edge per tick, however many parents asked. */
export interface Loaders {
  priorityById: DataLoader<number, PriorityRecord | null>;
  statementsByPriority: DataLoader<number, StatementRecord[]>;
  deliverablesByPriority: DataLoader<number, DeliverableRecord[]>;
  scorecardsByPriority: DataLoader<number, ScorecardRecord[]>;
  sectionsByScorecard: DataLoader<number, SectionRecord[]>;
  metricIdsBySection: DataLoader<number, string[]>;
  commentaryBySection: DataLoader<number, CommentaryRecord[]>;
  metricById: DataLoader<string, MetricRecord | null>;
  metricsByFamily: DataLoader<string, MetricRecord[]>;
  placementByMetric: DataLoader<string, MetricPlacementRecord | null>;
  observationsByMetric: DataLoader<string, ObservationRecord[]>;
  benchmarksByMetric: DataLoader<string, BenchmarkRecord[]>;
  processChangesByMetric: DataLoader<string, ProcessChangeRecord[]>;
  narrativesByMetric: DataLoader<string, NarrativeRecord[]>;
  /** Small reference tables, loaded once per request under the key "all". */
  reportingPeriods: DataLoader<"all", ReportingPeriodRecord[]>;
  comparators: DataLoader<"all", ComparatorRecord[]>;
  areas: DataLoader<"all", AreaRecord[]>;
  mostSimilarGroups: DataLoader<"all", MostSimilarGroupRecord[]>;
  governanceNodes: DataLoader<"all", GovernanceNodeRecord[]>;
  /** The request's data version, read once, and the caches kept across requests that are checked against it. */
  freshness: RequestFreshness;
}

/** A loader for a one-to-many edge: fetch all children of the batch, then group by parent key. */
function manyLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, parentOf: (v: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(parentOf(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** A loader for a lookup by key; null where nothing matches. */
function oneLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (v: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map<K, V>();
    // First match wins: fetches return rows in the order that makes the first one the right one.
    for (const row of await fetch(keys)) if (!found.has(keyOf(row))) found.set(keyOf(row), row);
    return keys.map((k) => found.get(k) ?? null);
  });
}

function allLoader<V>(fetch: () => Promise<V[]>) {
  return new DataLoader<"all", V[]>(async (keys) => {
    const rows = await fetch();
    return keys.map(() => rows);
  });
}

export function createLoaders(db: Database): Loaders {
  const p = db.prisma;
  const freshness = requestFreshness(db, () => readDataVersion(db.pool));
  return {
    freshness,
    priorityById: oneLoader(
      (ids) => findPrioritiesByIdsSql(db.pool, ids),
      (r) => r.id,
    ),
    statementsByPriority: manyLoader(
      (ids) => findStatementsByPriorityIds(p, ids),
      (r) => r.priorityId,
    ),
    deliverablesByPriority: manyLoader(
      (ids) => findDeliverablesByPriorityIds(p, ids),
      (r) => r.priorityId,
    ),
    scorecardsByPriority: manyLoader(
      (ids) => findScorecardsByPriorityIdsSql(db.pool, ids),
      (r) => r.priorityId,
    ),
    sectionsByScorecard: manyLoader(
      (ids) => findSectionsByScorecardIdsSql(db.pool, ids),
      (r) => r.scorecardId,
    ),
    metricIdsBySection: new DataLoader<number, string[]>(async (ids) => {
      const groups = new Map<number, string[]>(ids.map((k) => [k, []]));
      for (const r of await findSectionMetricIdsSql(db.pool, ids)) groups.get(r.sectionId)?.push(r.metricId);
      return ids.map((k) => groups.get(k) ?? []);
    }),
    commentaryBySection: manyLoader(
      (ids) => findCommentaryBySectionIds(p, ids),
      (r) => r.sectionId,
    ),
    metricById: oneLoader(
      (ids) => findMetricsByIdsSql(db.pool, ids),
      (r) => r.id,
    ),
    metricsByFamily: manyLoader(
      (fs) => findMetricsByFamilies(p, fs),
      (r) => r.family ?? "",
    ),
    placementByMetric: oneLoader(
      (ids) => findMetricPlacements(p, ids),
      (r) => r.metricId,
    ),
    observationsByMetric: observationsLoader(db.pool, freshness),
    benchmarksByMetric: manyLoader(
      (ids) => findBenchmarksByMetricIdsSql(db.pool, ids),
      (r) => r.metricId,
    ),
    processChangesByMetric: manyLoader(
      (ids) => findProcessChangesByMetricIdsSql(db.pool, ids),
      (r) => r.metricId,
    ),
    narrativesByMetric: manyLoader(
      (ids) => findNarrativesByMetricIdsSql(db.pool, ids),
      (r) => r.metricId,
    ),
    reportingPeriods: allLoader(() => listReportingPeriodsSql(db.pool)),
    comparators: allLoader(() => listComparatorsSql(db.pool)),
    areas: allLoader(() => listAreas(p)),
    mostSimilarGroups: allLoader(() => listMostSimilarGroups(p)),
    governanceNodes: allLoader(() => listGovernanceNodes(p)),
  };
}
