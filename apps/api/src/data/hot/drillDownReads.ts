// The metric drill-down's remaining reads as plain SQL through the pool, like hotReads.ts: Prisma's
// query compiler and Date objects cost more CPU than these small statements (bench/RESULTS.md).
// Same rows, fields and order as the Prisma repositories they replace (benchmarkRepository,
// narrativeRepository); months as "YYYY-MM" text, timestamps as ISO text, so no Date is built.
import type pg from "pg";
import type { BenchmarkRecord, ComparatorRecord, NarrativeRecord } from "../records.ts";

export async function findBenchmarksByMetricIdsSql(
  pool: pg.Pool,
  metricIds: readonly string[],
): Promise<BenchmarkRecord[]> {
  const { rows } = await pool.query<BenchmarkRecord>(
    `SELECT id, "metricId", "comparatorId", "mostSimilarGroupId",
            to_char("periodStart", 'YYYY-MM') AS "periodStart", to_char("periodEnd", 'YYYY-MM') AS "periodEnd",
            value, "ciLower" AS lower, "ciUpper" AS upper, rank, "rankOutOf", source, note,
            "isIllustrative" AS illustrative, version,
            to_char("updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
     FROM "Benchmark" WHERE "metricId" = ANY($1::text[]) ORDER BY "periodEnd", "comparatorId"`,
    [metricIds],
  );
  return rows;
}

export async function listComparatorsSql(pool: pg.Pool): Promise<ComparatorRecord[]> {
  const { rows } = await pool.query<ComparatorRecord>(
    `SELECT id, code, name, kind::text AS kind, "isHomeForce", population
     FROM "Comparator" ORDER BY kind, name`,
  );
  return rows;
}

export async function findNarrativesByMetricIdsSql(
  pool: pg.Pool,
  metricIds: readonly string[],
): Promise<NarrativeRecord[]> {
  const { rows } = await pool.query<NarrativeRecord>(
    `SELECT id, "metricId", "reportingPeriodId", key, "generatedText", text, status::text AS status,
            "generatorVersion", version
     FROM "NarrativeSentence" WHERE "metricId" = ANY($1::text[]) ORDER BY id`,
    [metricIds],
  );
  return rows;
}
