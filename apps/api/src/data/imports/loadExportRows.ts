import type { Database } from "../db.ts";
import type { ExportBenchmarkRow, ExportObservationRow, ExportRows } from "./exportRowTypes.ts";

/**
 * Every observation and benchmark of the given metrics, in the metrics' given order, then area,
 * breakdown and month. Raw SQL because the rows go straight into a file, never into objects
 * the rest of the API uses.
 */
export async function loadExportRows(db: Database, metricIds: string[]): Promise<ExportRows> {
  const observations = await db.prisma.$queryRaw<ExportObservationRow[]>`
    SELECT o."metricId" AS metric, a.code AS area, o.breakdown,
           to_char(o."periodStart", 'YYYY-MM') AS period_start, to_char(o."periodEnd", 'YYYY-MM') AS period_end,
           o.value, o."ciLower" AS lower, o."ciUpper" AS upper, o.numerator, o.denominator, o.note,
           m.name AS metric_name, m.unit::text AS unit, o."sourceRelease" AS source, o."isIllustrative" AS illustrative
    FROM "Observation" o
    JOIN "Metric" m ON m.id = o."metricId" JOIN "Area" a ON a.id = o."areaId"
    JOIN unnest(${metricIds}::text[]) WITH ORDINALITY AS wanted(id, position) ON wanted.id = o."metricId"
    ORDER BY wanted.position, a.position, a.code, o.breakdown, o."periodEnd", o."periodStart"`;
  const benchmarks = await db.prisma.$queryRaw<ExportBenchmarkRow[]>`
    SELECT b."metricId" AS metric, c.code AS comparator,
           to_char(b."periodStart", 'YYYY-MM') AS period_start, to_char(b."periodEnd", 'YYYY-MM') AS period_end,
           b.value, b."ciLower" AS lower, b."ciUpper" AS upper, b.note, c.name AS comparator_name,
           b.rank, b."rankOutOf" AS rank_out_of, b.source, b."isIllustrative" AS illustrative
    FROM "Benchmark" b
    JOIN "Comparator" c ON c.id = b."comparatorId"
    JOIN unnest(${metricIds}::text[]) WITH ORDINALITY AS wanted(id, position) ON wanted.id = b."metricId"
    ORDER BY wanted.position, c."isHomeForce" DESC, c.code, b."periodEnd", b."periodStart"`;
  return { observations, benchmarks };
}
