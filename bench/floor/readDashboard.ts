import type { Pool } from "pg";
import { floorSql } from "./floorSql.ts";

interface MetricRow {
  scorecardId: number;
  scorecardTitle: string;
  sectionId: number;
  sectionTitle: string;
  id: string;
  name: string;
  unit: string;
}
interface PointRow {
  metricId: string;
  periodEnd: string;
  value: number;
}
interface FloorMetric {
  id: string;
  name: string;
  unit: string;
  series: { periods: string[]; values: number[] };
  points: { periodEnd: string; value: number }[];
}
interface FloorSection {
  id: number;
  title: string;
  metrics: FloorMetric[];
}
interface FloorScorecard {
  id: number;
  title: string;
  sections: FloorSection[];
}

/**
 * A priority's whole scorecard in two queries, nested in plain JavaScript. It returns the rows the API
 * reads (each metric's headline monthly series, as arrays and as point objects) and computes nothing:
 * no control limits, no signals. That makes it the floor: no server can send this answer faster.
 */
export async function readDashboard(pool: Pool, priorityNumber: number, areaCode: string) {
  const metricRows = (await pool.query<MetricRow>(floorSql.dashboardMetrics, [priorityNumber])).rows;
  const ids = [...new Set(metricRows.map((row) => row.id))];
  const pointRows = (await pool.query<PointRow>(floorSql.headlineObservations, [ids, areaCode])).rows;
  const pointsByMetric = groupPoints(pointRows);
  const scorecards: FloorScorecard[] = [];
  for (const row of metricRows) {
    let scorecard = scorecards.at(-1);
    if (scorecard?.id !== row.scorecardId) {
      scorecard = { id: row.scorecardId, title: row.scorecardTitle, sections: [] };
      scorecards.push(scorecard);
    }
    let section = scorecard.sections.at(-1);
    if (section?.id !== row.sectionId) {
      section = { id: row.sectionId, title: row.sectionTitle, metrics: [] };
      scorecard.sections.push(section);
    }
    section.metrics.push(toMetric(row, pointsByMetric.get(row.id) ?? []));
  }
  return { priority: { number: priorityNumber, scorecards } };
}

function groupPoints(rows: PointRow[]): Map<string, PointRow[]> {
  const byMetric = new Map<string, PointRow[]>();
  for (const row of rows) {
    const list = byMetric.get(row.metricId);
    if (list) list.push(row);
    else byMetric.set(row.metricId, [row]);
  }
  return byMetric;
}

function toMetric(row: MetricRow, points: PointRow[]): FloorMetric {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    series: { periods: points.map((p) => p.periodEnd), values: points.map((p) => p.value) },
    points: points.map((p) => ({ periodEnd: p.periodEnd, value: p.value })),
  };
}
