import type pg from "pg";
import type { ObservationRecord } from "../records.ts";

/** A batch of metrics' observation data versions, with the rows of those whose version changed. */
export interface ObservationBatch {
  /** metric id → data version; metrics with no observations are absent. */
  versions: Map<string, string>;
  /** Rows (oldest period first) of the metrics whose version was not in `known`. */
  rows: ObservationRecord[];
}

// One statement whatever the cache holds, so the query count of a request never depends on what
// another request left in the cache (the N+1 test compares counts exactly). The version is
// count, sum of row versions and newest update: any insert, correction or delete changes it.
// Months come back as "YYYY-MM" text and numbers as float8, so no Date is built on the hot path.
const SQL = `
WITH v AS (
  SELECT "metricId" AS metric_id,
         count(*) || ':' || sum(version) || ':' || to_char(max("updatedAt"), 'YYYY-MM-DD"T"HH24:MI:SS.US') AS data_version
  FROM "Observation" WHERE "metricId" = ANY($1::text[]) GROUP BY "metricId"
)
SELECT v.metric_id, v.data_version, o.id, o."areaId" AS area_id, a.code AS area, o.breakdown,
       to_char(o."periodStart", 'YYYY-MM') AS period_start, to_char(o."periodEnd", 'YYYY-MM') AS period_end,
       o.value, o."ciLower" AS lower, o."ciUpper" AS upper, o.numerator, o.denominator,
       o."isIllustrative" AS illustrative, o."sourceRelease" AS source_release, o.note, o.version,
       to_char(o."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at
FROM v
LEFT JOIN "Observation" o
  ON o."metricId" = v.metric_id AND NOT ((v.metric_id || '@' || v.data_version) = ANY($2::text[]))
LEFT JOIN "Area" a ON a.id = o."areaId"
ORDER BY o."periodEnd", o."periodStart", o.id`;

interface Row {
  metric_id: string;
  data_version: string;
  id: number | null;
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
 * Observations of a batch of metrics, skipping those whose data version the caller already holds
 * (`known` maps metric id → version). Plain SQL through the pool: this is the dashboard's hottest read.
 */
export async function fetchObservationsIfChanged(
  pool: pg.Pool,
  metricIds: readonly string[],
  known: ReadonlyMap<string, string>,
): Promise<ObservationBatch> {
  const knownKeys = [...known].map(([id, version]) => `${id}@${version}`);
  const { rows } = await pool.query<Row>(SQL, [metricIds, knownKeys]);
  const versions = new Map<string, string>();
  const records: ObservationRecord[] = [];
  for (const r of rows) {
    versions.set(r.metric_id, r.data_version);
    if (r.id !== null) records.push(toRecord(r, r.id));
  }
  return { versions, rows: records };
}

function toRecord(r: Row, id: number): ObservationRecord {
  return {
    id,
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
