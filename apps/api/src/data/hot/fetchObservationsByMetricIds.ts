import type pg from "pg";
import type { ObservationRecord } from "../records.ts";

// Months come back as "YYYY-MM" text and numbers as float8, so no Date is built on the hot path.
const SQL = `
SELECT o.id, o."metricId" AS metric_id, o."areaId" AS area_id, a.code AS area, o.breakdown,
       to_char(o."periodStart", 'YYYY-MM') AS period_start, to_char(o."periodEnd", 'YYYY-MM') AS period_end,
       o.value, o."ciLower" AS lower, o."ciUpper" AS upper, o.numerator, o.denominator,
       o."isIllustrative" AS illustrative, o."sourceRelease" AS source_release, o.note, o.version,
       to_char(o."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at
FROM "Observation" o
JOIN "Area" a ON a.id = o."areaId"
WHERE o."metricId" = ANY($1::text[])
ORDER BY o."periodEnd", o."periodStart", o.id`;

interface Row {
  id: number;
  metric_id: string;
  area_id: number;
  area: string;
  breakdown: string;
  period_start: string;
  period_end: string;
  value: number;
  lower: number | null;
  upper: number | null;
  numerator: number | null;
  denominator: number | null;
  illustrative: boolean;
  source_release: string;
  note: string | null;
  version: number;
  updated_at: string;
}

/**
 * The observations of a batch of metrics, oldest period first. Plain SQL through the pool: this is
 * the dashboard's hottest read.
 */
export async function fetchObservationsByMetricIds(
  pool: pg.Pool,
  metricIds: readonly string[],
): Promise<ObservationRecord[]> {
  const { rows } = await pool.query<Row>({
    name: "observations-by-metric-ids",
    text: SQL,
    values: [metricIds],
  });
  return rows.map(toRecord);
}

function toRecord(r: Row): ObservationRecord {
  return {
    id: r.id,
    metricId: r.metric_id,
    areaId: r.area_id,
    area: r.area,
    breakdown: r.breakdown,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    value: r.value,
    lower: r.lower,
    upper: r.upper,
    numerator: r.numerator,
    denominator: r.denominator,
    illustrative: r.illustrative,
    sourceRelease: r.source_release,
    note: r.note,
    version: r.version,
    updatedAt: r.updated_at,
  };
}
