import type DataLoader from "dataloader";
import type { RequestFreshness } from "../cache/requestFreshness.ts";
import type {
  BenchmarkRecord,
  MetricRecord,
  NarrativeRecord,
  ProcessChangeRecord,
  SectionRecord,
} from "./records.ts";
import type { MetricsWithEdges, ScorecardTrees } from "./repositories/prefetchRepository.ts";

/** The request's loaders that a prefetching statement fills (a part of loaders.ts's Loaders). */
export interface PrimedLoaders {
  freshness: Pick<RequestFreshness, "adoptVersion">;
  metricById: DataLoader<string, MetricRecord | null>;
  metricsByFamily: DataLoader<string, MetricRecord[]>;
  benchmarksByMetric: DataLoader<string, BenchmarkRecord[]>;
  processChangesByMetric: DataLoader<string, ProcessChangeRecord[]>;
  narrativesByMetric: DataLoader<string, NarrativeRecord[]>;
  sectionsByScorecard: DataLoader<number, SectionRecord[]>;
  metricIdsBySection: DataLoader<number, string[]>;
}

/**
 * Primes a one-to-many loader with every key in `keys`, an empty list where no row belongs to it,
 * so that a later load of any of them costs no statement. A key already loaded keeps its value.
 */
function primeGroups<K, V>(loader: DataLoader<K, V[]>, keys: Iterable<K>, rows: V[], keyOf: (v: V) => K) {
  for (const [key, group] of groupsOf(keys, rows, keyOf)) loader.prime(key, group);
}

/** Rows grouped under each of `keys`, in their order; rows whose key is not among them are left out. */
function groupsOf<K, V>(keys: Iterable<K>, rows: V[], keyOf: (v: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const key of keys) groups.set(key, []);
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return groups;
}

/** The metrics' edges from one statement, for the loaders a drill-down reads next. */
export function primeFromMetricsWithEdges(
  loaders: PrimedLoaders,
  metricIds: readonly string[],
  read: MetricsWithEdges,
): void {
  // The version of the snapshot the rows came from, so caches keyed by it hold nothing older.
  if (read.version !== null) loaders.freshness.adoptVersion(read.version);
  const found = read.metrics.map((m) => m.id).filter((id) => metricIds.includes(id));
  for (const m of [...read.metrics, ...read.familyMetrics]) loaders.metricById.prime(m.id, m);
  primeGroups(loaders.benchmarksByMetric, found, read.benchmarks, (b) => b.metricId);
  primeGroups(loaders.processChangesByMetric, found, read.processChanges, (c) => c.metricId);
  primeGroups(loaders.narrativesByMetric, found, read.narratives, (n) => n.metricId);
  const families = read.metrics.flatMap((m) => (m.family ? [m.family] : []));
  primeGroups(loaders.metricsByFamily, families, read.familyMetrics, (m) => m.family ?? "");
}

/** Priorities' scorecard trees from one statement, for the loaders a dashboard reads next. */
export function primeFromScorecardTrees(loaders: PrimedLoaders, read: ScorecardTrees): void {
  if (read.version !== null) loaders.freshness.adoptVersion(read.version);
  primeGroups(
    loaders.sectionsByScorecard,
    read.scorecards.map((s) => s.id),
    read.sections,
    (s) => s.scorecardId,
  );
  const sectionMetrics = groupsOf(
    read.sections.map((s) => s.id),
    read.sectionMetrics,
    (r) => r.sectionId,
  );
  for (const [sectionId, rows] of sectionMetrics) {
    loaders.metricIdsBySection.prime(
      sectionId,
      rows.map((r) => r.metricId),
    );
  }
  for (const m of read.metrics) loaders.metricById.prime(m.id, m);
  primeGroups(
    loaders.processChangesByMetric,
    read.metrics.map((m) => m.id),
    read.processChanges,
    (c) => c.metricId,
  );
}
