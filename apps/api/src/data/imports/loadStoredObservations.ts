import type { Database } from "../db.ts";
import type { ExistingRow } from "./importRowTypes.ts";

interface StoredObservation {
  metricId: string;
  areaId: number;
  breakdown: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  ciLower: number | null;
  ciUpper: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

/**
 * The stored observations of the given metrics, keyed as the import keys file rows
 * (metric|areaId|breakdown|YYYY-MM|YYYY-MM). One raw query: 100,000 rows through the ORM's
 * object mapping would cost more than the whole dry run.
 */
export async function loadStoredObservations(
  db: Database,
  metricIds: string[],
): Promise<Map<string, ExistingRow>> {
  const rows = await db.prisma.$queryRaw<StoredObservation[]>`
    SELECT "metricId", "areaId", "breakdown",
           to_char("periodStart", 'YYYY-MM') AS "periodStart", to_char("periodEnd", 'YYYY-MM') AS "periodEnd",
           "value", "ciLower", "ciUpper", "numerator", "denominator", "note"
    FROM "Observation" WHERE "metricId" = ANY(${metricIds}::text[])`;
  const stored = new Map<string, ExistingRow>();
  for (const row of rows) {
    const key = [row.metricId, row.areaId, row.breakdown, row.periodStart, row.periodEnd].join("|");
    stored.set(key, {
      value: row.value,
      fields: [row.value, row.ciLower, row.ciUpper, row.numerator, row.denominator, row.note],
    });
  }
  return stored;
}
