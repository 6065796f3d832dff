// What the dashboard and the drill-down would otherwise read in three to five dependent rounds of
// loads (metric → its rows → its family; priority → scorecards → sections → metric ids → metrics →
// process changes), each read in one statement as JSON aggregates, together with the data version
// from the same snapshot. The loaders prime themselves from it (data/loaders.ts), so a drill-down
// whose observations are cached costs one round trip. Each record's columns are the ones its own
// repository reads, so the JSON has the same fields as their rows (docs/decisions/0012-one-read-path.md).
import type pg from "pg";
import type {
  BenchmarkRecord,
  MetricRecord,
  NarrativeRecord,
  ProcessChangeRecord,
  ScorecardRecord,
  SectionRecord,
} from "../records.ts";
import { BENCHMARK_COLUMNS } from "./benchmarkRepository.ts";
import { METRIC_COLUMNS } from "./metricRepository.ts";
import { NARRATIVE_COLUMNS } from "./narrativeRepository.ts";
import { PROCESS_CHANGE_COLUMNS } from "./processChangeRepository.ts";
import { SCORECARD_COLUMNS, SECTION_COLUMNS } from "./scorecardRepository.ts";

export interface MetricsWithEdges {
  /** The data version of the snapshot every list below was read in. */
  version: string;
  metrics: MetricRecord[];
  /** Oldest period first, then by comparator. */
  benchmarks: BenchmarkRecord[];
  /** Oldest month first. */
  processChanges: ProcessChangeRecord[];
  narratives: NarrativeRecord[];
  /** Every metric in the families of `metrics` (themselves included), by id. */
  familyMetrics: MetricRecord[];
}

export interface ScorecardTrees {
  version: string;
  /** By position, then id. */
  scorecards: ScorecardRecord[];
  sections: SectionRecord[];
  /** Section → metric, by position within the section. */
  sectionMetrics: { sectionId: number; metricId: string }[];
  metrics: MetricRecord[];
  processChanges: ProcessChangeRecord[];
}

const VERSION = `(SELECT version::text FROM "DataVersion" WHERE id = 1)`;

// The order inside each aggregate is the order of the repository's own statement; months are
// "YYYY-MM" text, which sorts as the dates do.
const METRICS_WITH_EDGES = `
SELECT ${VERSION} AS version,
  (SELECT coalesce(json_agg(t ORDER BY t.id), '[]') FROM
     (SELECT ${METRIC_COLUMNS} FROM "Metric" WHERE id = ANY($1::text[])) t) AS metrics,
  (SELECT coalesce(json_agg(t ORDER BY t."periodEnd", t."comparatorId"), '[]') FROM
     (SELECT ${BENCHMARK_COLUMNS} FROM "Benchmark" WHERE "metricId" = ANY($1::text[])) t) AS benchmarks,
  (SELECT coalesce(json_agg(t ORDER BY t.month), '[]') FROM
     (SELECT ${PROCESS_CHANGE_COLUMNS} FROM "ProcessChange" WHERE "metricId" = ANY($1::text[])) t) AS "processChanges",
  (SELECT coalesce(json_agg(t ORDER BY t.id), '[]') FROM
     (SELECT ${NARRATIVE_COLUMNS} FROM "NarrativeSentence" WHERE "metricId" = ANY($1::text[])) t) AS narratives,
  (SELECT coalesce(json_agg(t ORDER BY t.id), '[]') FROM
     (SELECT ${METRIC_COLUMNS} FROM "Metric"
      WHERE family IN (SELECT m.family FROM "Metric" m WHERE m.id = ANY($1::text[]))) t) AS "familyMetrics"`;

const SCORECARD_TREES = `
WITH sc AS (SELECT ${SCORECARD_COLUMNS} FROM "Scorecard" WHERE "priorityId" = ANY($1::int[])),
     se AS (SELECT ${SECTION_COLUMNS} FROM "ScorecardSection" WHERE "scorecardId" IN (SELECT id FROM sc)),
     sm AS (SELECT "sectionId", "metricId", position FROM "SectionMetric" WHERE "sectionId" IN (SELECT id FROM se))
SELECT ${VERSION} AS version,
  (SELECT coalesce(json_agg(t ORDER BY t.position, t.id), '[]') FROM sc t) AS scorecards,
  (SELECT coalesce(json_agg(t ORDER BY t.position, t.id), '[]') FROM se t) AS sections,
  (SELECT coalesce(json_agg(json_build_object('sectionId', t."sectionId", 'metricId', t."metricId")
                            ORDER BY t.position, t."metricId"), '[]') FROM sm t) AS "sectionMetrics",
  (SELECT coalesce(json_agg(t ORDER BY t.id), '[]') FROM
     (SELECT ${METRIC_COLUMNS} FROM "Metric" WHERE id IN (SELECT "metricId" FROM sm)) t) AS metrics,
  (SELECT coalesce(json_agg(t ORDER BY t.month), '[]') FROM
     (SELECT ${PROCESS_CHANGE_COLUMNS} FROM "ProcessChange" WHERE "metricId" IN (SELECT "metricId" FROM sm)) t)
     AS "processChanges"`;

export function prefetchRepository(pool: pg.Pool) {
  return {
    /** Metrics by id with their benchmarks, process changes, saved sentences and family members. */
    async metricsWithEdges(metricIds: readonly string[]): Promise<MetricsWithEdges> {
      const { rows } = await pool.query<MetricsWithEdges>({
        name: "metrics-with-edges",
        text: METRICS_WITH_EDGES,
        values: [metricIds],
      });
      return rows[0]!;
    },

    /** Priorities' scorecards, their sections, the metrics placed in them and those metrics' process changes. */
    async scorecardTrees(priorityIds: readonly number[]): Promise<ScorecardTrees> {
      const { rows } = await pool.query<ScorecardTrees>({
        name: "scorecard-trees",
        text: SCORECARD_TREES,
        values: [priorityIds],
      });
      return rows[0]!;
    },
  };
}

export type PrefetchRepository = ReturnType<typeof prefetchRepository>;
