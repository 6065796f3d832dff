import type { Pool } from "pg";
import { floorSql } from "./floorSql.ts";

/**
 * One metric's drill-down rows: the metric, every observation, its benchmarks with their comparator,
 * declared process changes and stored narrative sentences. Five queries in parallel on the pool; nothing
 * is computed (no control limits, comparisons or drafted sentences), so this is the floor.
 */
export async function readMetricDrillDown(pool: Pool, metricId: string) {
  const [metric, observations, benchmarks, processChanges, narrative] = await Promise.all([
    pool.query(floorSql.metric, [metricId]),
    pool.query(floorSql.observations, [metricId]),
    pool.query(floorSql.benchmarks, [metricId]),
    pool.query(floorSql.processChanges, [metricId]),
    pool.query(floorSql.narrative, [metricId]),
  ]);
  const row = metric.rows[0];
  if (!row) return { metric: null };
  return {
    metric: {
      ...row,
      observations: observations.rows,
      benchmarks: benchmarks.rows,
      processChanges: processChanges.rows,
      narrative: narrative.rows,
    },
  };
}
