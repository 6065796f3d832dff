import DataLoader from "dataloader";
import { type RequestFreshness, requestFreshness } from "../cache/requestFreshness.ts";
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
import type { Repositories } from "./repositories/Repositories.ts";

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
  /**
   * Small reference tables, loaded once per request under the key "all". Reporting periods hold
   * draft quarters only for a request whose viewer may see them, so no read can reach a draft it should not.
   */
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

/** Who the request's answers are for: anonymous readers and viewers never see a draft quarter. */
export interface LoaderAudience {
  seesDrafts: boolean;
}

/** New loaders for one request, reading through the process's repositories. */
export function createLoaders(
  repos: Repositories,
  audience: LoaderAudience = { seesDrafts: false },
): Loaders {
  // The repositories stand for one database handle, so they key its caches.
  const freshness = requestFreshness(repos, () => repos.dataVersion.read());
  return {
    freshness,
    priorityById: oneLoader(repos.priorities.findByIds, (r) => r.id),
    statementsByPriority: manyLoader(repos.statements.findByPriorityIds, (r) => r.priorityId),
    deliverablesByPriority: manyLoader(repos.deliverables.findByPriorityIds, (r) => r.priorityId),
    scorecardsByPriority: manyLoader(repos.scorecards.findByPriorityIds, (r) => r.priorityId),
    sectionsByScorecard: manyLoader(repos.scorecards.findSectionsByScorecardIds, (r) => r.scorecardId),
    metricIdsBySection: new DataLoader<number, string[]>(async (ids) => {
      const groups = new Map<number, string[]>(ids.map((k) => [k, []]));
      for (const r of await repos.scorecards.findSectionMetricIds(ids))
        groups.get(r.sectionId)?.push(r.metricId);
      return ids.map((k) => groups.get(k) ?? []);
    }),
    commentaryBySection: manyLoader(repos.commentary.findBySectionIds, (r) => r.sectionId),
    metricById: oneLoader(repos.metrics.findByIds, (r) => r.id),
    metricsByFamily: manyLoader(repos.metrics.findByFamilies, (r) => r.family ?? ""),
    placementByMetric: oneLoader(repos.scorecards.findMetricPlacements, (r) => r.metricId),
    observationsByMetric: repos.observations.newLoaderByMetric(freshness),
    benchmarksByMetric: manyLoader(repos.benchmarks.findByMetricIds, (r) => r.metricId),
    processChangesByMetric: manyLoader(repos.processChanges.findByMetricIds, (r) => r.metricId),
    narrativesByMetric: manyLoader(repos.narratives.findByMetricIds, (r) => r.metricId),
    reportingPeriods: allLoader(async () => {
      const periods = await repos.reportingPeriods.list();
      return audience.seesDrafts ? periods : periods.filter((p) => p.status === "PUBLISHED");
    }),
    comparators: allLoader(repos.benchmarks.listComparators),
    areas: allLoader(repos.reference.listAreas),
    mostSimilarGroups: allLoader(repos.benchmarks.listMostSimilarGroups),
    governanceNodes: allLoader(repos.reference.listGovernanceNodes),
  };
}
