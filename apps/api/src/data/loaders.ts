import DataLoader from "dataloader";
import { type RequestFreshness, requestFreshness } from "../cache/requestFreshness.ts";
import type { CacheSpec } from "../cache/VersionedCache.ts";
import { primeFromMetricsWithEdges, primeFromScorecardTrees } from "./primeLoaders.ts";
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
  /** Every priority, by plan and number (a reference table: see `reportingPeriods`). */
  priorities: DataLoader<"all", PriorityRecord[]>;
  priorityById: DataLoader<number, PriorityRecord | null>;
  statementsByPriority: DataLoader<number, StatementRecord[]>;
  deliverablesByPriority: DataLoader<number, DeliverableRecord[]>;
  /**
   * Reads each priority's whole tree in one statement (scorecards, sections, their metrics and the
   * metrics' process changes) and primes the loaders below with it.
   */
  scorecardsByPriority: DataLoader<number, ScorecardRecord[]>;
  sectionsByScorecard: DataLoader<number, SectionRecord[]>;
  metricIdsBySection: DataLoader<number, string[]>;
  commentaryBySection: DataLoader<number, CommentaryRecord[]>;
  metricById: DataLoader<string, MetricRecord | null>;
  /**
   * A metric by id, read in one statement with its benchmarks, process changes, saved sentences and
   * family, which prime the loaders below: for a question about the metric itself (a drill-down).
   */
  metricWithEdges: DataLoader<string, MetricRecord | null>;
  metricsByFamily: DataLoader<string, MetricRecord[]>;
  placementByMetric: DataLoader<string, MetricPlacementRecord | null>;
  observationsByMetric: DataLoader<string, ObservationRecord[]>;
  benchmarksByMetric: DataLoader<string, BenchmarkRecord[]>;
  processChangesByMetric: DataLoader<string, ProcessChangeRecord[]>;
  narrativesByMetric: DataLoader<string, NarrativeRecord[]>;
  /**
   * Small reference tables under the key "all", kept between requests at the data version they were
   * read at, so a request whose data is unchanged reads none of them. The lists are frozen: they are
   * shared between requests, so callers filter or map them but never change them. Reporting periods
   * hold draft quarters only for a request whose viewer may see them, so no read can reach a draft it
   * should not (the whole list is kept; each request takes its audience's part of it).
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

/** A whole reference table kept per data version; `view` takes the request's part of it. */
function versionedAllLoader<V>(
  freshness: RequestFreshness,
  spec: CacheSpec<V[]>,
  fetch: () => Promise<V[]>,
  view: (rows: V[]) => V[] = (rows) => rows,
) {
  return new DataLoader<"all", V[]>(async (keys) => {
    const rows = view(await freshness.remember(spec, "all", async () => Object.freeze(await fetch()) as V[]));
    return keys.map(() => rows);
  });
}

// One entry each (the key "all"); each spec names its cache (cache/requestFreshness.ts).
const PRIORITIES: CacheSpec<PriorityRecord[]> = { maxEntries: 1 };
const REPORTING_PERIODS: CacheSpec<ReportingPeriodRecord[]> = { maxEntries: 1 };
const COMPARATORS: CacheSpec<ComparatorRecord[]> = { maxEntries: 1 };
const AREAS: CacheSpec<AreaRecord[]> = { maxEntries: 1 };
const MOST_SIMILAR_GROUPS: CacheSpec<MostSimilarGroupRecord[]> = { maxEntries: 1 };
const GOVERNANCE_NODES: CacheSpec<GovernanceNodeRecord[]> = { maxEntries: 1 };

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
  const loaders: Loaders = {
    freshness,
    priorities: versionedAllLoader(freshness, PRIORITIES, repos.priorities.list),
    priorityById: oneLoader(repos.priorities.findByIds, (r) => r.id),
    statementsByPriority: manyLoader(repos.statements.findByPriorityIds, (r) => r.priorityId),
    deliverablesByPriority: manyLoader(repos.deliverables.findByPriorityIds, (r) => r.priorityId),
    scorecardsByPriority: new DataLoader(async (priorityIds) => {
      const trees = await repos.prefetch.scorecardTrees(priorityIds);
      primeFromScorecardTrees(loaders, trees);
      return priorityIds.map((id) => trees.scorecards.filter((s) => s.priorityId === id));
    }),
    sectionsByScorecard: manyLoader(repos.scorecards.findSectionsByScorecardIds, (r) => r.scorecardId),
    metricIdsBySection: new DataLoader<number, string[]>(async (ids) => {
      const groups = new Map<number, string[]>(ids.map((k) => [k, []]));
      for (const r of await repos.scorecards.findSectionMetricIds(ids))
        groups.get(r.sectionId)?.push(r.metricId);
      return ids.map((k) => groups.get(k) ?? []);
    }),
    commentaryBySection: manyLoader(repos.commentary.findBySectionIds, (r) => r.sectionId),
    metricById: oneLoader(repos.metrics.findByIds, (r) => r.id),
    metricWithEdges: new DataLoader(async (metricIds) => {
      const read = await repos.prefetch.metricsWithEdges(metricIds);
      primeFromMetricsWithEdges(loaders, metricIds, read);
      return metricIds.map((id) => read.metrics.find((m) => m.id === id) ?? null);
    }),
    metricsByFamily: manyLoader(repos.metrics.findByFamilies, (r) => r.family ?? ""),
    placementByMetric: oneLoader(repos.scorecards.findMetricPlacements, (r) => r.metricId),
    observationsByMetric: repos.observations.newLoaderByMetric(freshness),
    benchmarksByMetric: manyLoader(repos.benchmarks.findByMetricIds, (r) => r.metricId),
    processChangesByMetric: manyLoader(repos.processChanges.findByMetricIds, (r) => r.metricId),
    narrativesByMetric: manyLoader(repos.narratives.findByMetricIds, (r) => r.metricId),
    reportingPeriods: versionedAllLoader(
      freshness,
      REPORTING_PERIODS,
      repos.reportingPeriods.list,
      (periods) => (audience.seesDrafts ? periods : periods.filter((p) => p.status === "PUBLISHED")),
    ),
    comparators: versionedAllLoader(freshness, COMPARATORS, repos.benchmarks.listComparators),
    areas: versionedAllLoader(freshness, AREAS, repos.reference.listAreas),
    mostSimilarGroups: versionedAllLoader(
      freshness,
      MOST_SIMILAR_GROUPS,
      repos.benchmarks.listMostSimilarGroups,
    ),
    governanceNodes: versionedAllLoader(freshness, GOVERNANCE_NODES, repos.reference.listGovernanceNodes),
  };
  return loaders;
}
