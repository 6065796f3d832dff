import pg from "pg";
import type { BenchInputs } from "./types.ts";

// The shape questions name each metric with an alias; the API allows 15 aliases, and 12 metrics'
// observations (500 expected each) stay within its answer-size limit of 40,000 values.
const SHAPE_METRICS = 12;

// The metrics on a priority's scorecards ($1 is its number).
const METRICS_OF_PRIORITY = `SELECT m.id FROM "Metric" m
  JOIN "SectionMetric" sm ON sm."metricId" = m.id
  JOIN "ScorecardSection" s ON s.id = sm."sectionId"
  JOIN "Scorecard" sc ON sc.id = s."scorecardId"
  JOIN "Priority" p ON p.id = sc."priorityId"
  WHERE p.number = $1`;

/**
 * What the questions need from the seeded data: the force-wide area (the headline series) and, for the
 * drill-down, priority 1's metric with the most observations among those with benchmarks, so every part
 * of the drill-down has rows.
 */
export async function lookUpBenchInputs(databaseUrl: string, priorityNumber: number): Promise<BenchInputs> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const area = await client.query<{ id: number; code: string }>(
      `SELECT id, code FROM "Area" WHERE code = 'force'`,
    );
    const metric = await client.query<{ id: string }>(
      `${METRICS_OF_PRIORITY}
       ORDER BY EXISTS (SELECT 1 FROM "Benchmark" b WHERE b."metricId" = m.id) DESC,
                (SELECT count(*) FROM "Observation" o WHERE o."metricId" = m.id) DESC, m.id
       LIMIT 1`,
      [priorityNumber],
    );
    const shapeMetrics = await client.query<{ id: string }>(
      `${METRICS_OF_PRIORITY}
       GROUP BY m.id
       ORDER BY (SELECT count(*) FROM "Observation" o WHERE o."metricId" = m.id) DESC, m.id
       LIMIT $2`,
      [priorityNumber, SHAPE_METRICS],
    );
    const areaRow = area.rows[0];
    const metricRow = metric.rows[0];
    if (!areaRow || !metricRow) throw new Error(`no force area or no metric for priority ${priorityNumber}`);
    return {
      priorityNumber,
      metricId: metricRow.id,
      areaId: areaRow.id,
      areaCode: areaRow.code,
      shapeMetricIds: shapeMetrics.rows.map((r) => r.id),
    };
  } finally {
    await client.end();
  }
}
