import type { Database } from "../db.ts";
import { batchSourceLabel } from "./batchSourceLabel.ts";
import type { ImportBatchInput } from "./importBatchTypes.ts";
import type { ObservationImportRow } from "./importRowTypes.ts";
import { recordImportBatch } from "./recordImportBatch.ts";

/**
 * Writes every added and changed observation of a file, its ImportBatch row and its audit
 * event in ONE transaction: all of the file or none of it. One INSERT … SELECT FROM unnest(…)
 * carries the whole file as eleven array parameters, and ON CONFLICT … WHERE IS DISTINCT FROM
 * bumps the version only of rows whose figures really changed. Returns the batch id.
 */
export async function commitObservationImport(
  db: Database,
  rows: ObservationImportRow[],
  batch: ImportBatchInput,
): Promise<number> {
  const pick = <K extends keyof ObservationImportRow>(key: K) => rows.map((row) => row[key]);
  return db.prisma.$transaction(
    async (tx) => {
      const batchId = await recordImportBatch(tx, "OBSERVATIONS", batch);
      if (rows.length === 0) return batchId;
      const source = batchSourceLabel(batchId, batch.fileName);
      await tx.$executeRaw`
        INSERT INTO "Observation" ("metricId", "areaId", "breakdown", "periodStart", "periodEnd", "value",
          "ciLower", "ciUpper", "numerator", "denominator", "note", "sourceRelease", "isIllustrative", "updatedAt")
        SELECT m, a, b, ps, pe, v, lo, up, nu, de, nt, ${source}, false, now()
        FROM unnest(${pick("metricId")}::text[], ${pick("areaId")}::int[], ${pick("breakdown")}::text[],
          ${pick("periodStart")}::date[], ${pick("periodEnd")}::date[], ${pick("value")}::float8[],
          ${pick("lower")}::float8[], ${pick("upper")}::float8[], ${pick("numerator")}::float8[],
          ${pick("denominator")}::float8[], ${pick("note")}::text[]) AS f(m, a, b, ps, pe, v, lo, up, nu, de, nt)
        ON CONFLICT ("metricId", "areaId", "breakdown", "periodStart", "periodEnd") DO UPDATE SET
          "value" = EXCLUDED."value", "ciLower" = EXCLUDED."ciLower", "ciUpper" = EXCLUDED."ciUpper",
          "numerator" = EXCLUDED."numerator", "denominator" = EXCLUDED."denominator", "note" = EXCLUDED."note",
          "sourceRelease" = EXCLUDED."sourceRelease", "isIllustrative" = false,
          "version" = "Observation"."version" + 1, "updatedAt" = now()
        WHERE ("Observation"."value", "Observation"."ciLower", "Observation"."ciUpper", "Observation"."numerator",
               "Observation"."denominator", "Observation"."note")
          IS DISTINCT FROM (EXCLUDED."value", EXCLUDED."ciLower", EXCLUDED."ciUpper", EXCLUDED."numerator",
               EXCLUDED."denominator", EXCLUDED."note")`;
      return batchId;
    },
    // A 100,000-row file takes a few seconds; Prisma's 5 s default would cut it off on a slow disk.
    { maxWait: 10_000, timeout: 120_000 },
  );
}
