import type { Database } from "../db.ts";
import type { ExistingRow } from "./importRowTypes.ts";

interface StoredBenchmark {
  metricId: string;
  comparatorId: number;
  periodStart: string;
  periodEnd: string;
  value: number;
  lower: number | null;
  upper: number | null;
  note: string | null;
}

/** The stored benchmarks of the given metrics, keyed metric|comparatorId|YYYY-MM|YYYY-MM. */
export async function loadStoredBenchmarks(
  db: Database,
  metricIds: string[],
): Promise<Map<string, ExistingRow>> {
  const { rows } = await db.pool.query<StoredBenchmark>(
    `
    SELECT "metricId", "comparatorId",
           to_char("periodStart", 'YYYY-MM') AS "periodStart", to_char("periodEnd", 'YYYY-MM') AS "periodEnd",
           "value", "ciLower" AS lower, "ciUpper" AS upper, "note"
    FROM "Benchmark" WHERE "metricId" = ANY($1::text[])`,
    [metricIds],
  );
  const stored = new Map<string, ExistingRow>();
  for (const row of rows) {
    const key = `${row.metricId}|${row.comparatorId}|${row.periodStart}|${row.periodEnd}`;
    stored.set(key, { value: row.value, fields: [row.value, row.lower, row.upper, row.note] });
  }
  return stored;
}
