import type { Database } from "../db.ts";
import { batchSourceLabel } from "./batchSourceLabel.ts";
import type { ImportBatchInput } from "./importBatchTypes.ts";
import type { BenchmarkImportRow } from "./importRowTypes.ts";
import { recordImportBatch } from "./recordImportBatch.ts";

/**
 * Writes every added and changed benchmark of a file with its ImportBatch row and audit event
 * in ONE transaction, as commitObservationImport does for observations. Rank and most similar
 * group are not in the file, so a changed row keeps the ones it had.
 */
export async function commitBenchmarkImport(
  db: Database,
  rows: BenchmarkImportRow[],
  batch: ImportBatchInput,
): Promise<number> {
  const pick = <K extends keyof BenchmarkImportRow>(key: K) => rows.map((row) => row[key]);
  return db.prisma.$transaction(
    async (tx) => {
      const batchId = await recordImportBatch(tx, "BENCHMARKS", batch);
      if (rows.length === 0) return batchId;
      const source = batchSourceLabel(batchId, batch.fileName);
      await tx.$executeRaw`
        INSERT INTO "Benchmark" ("metricId", "comparatorId", "periodStart", "periodEnd", "value",
          "ciLower", "ciUpper", "note", "source", "isIllustrative", "updatedAt")
        SELECT m, c, ps, pe, v, lo, up, nt, ${source}, false, now()
        FROM unnest(${pick("metricId")}::text[], ${pick("comparatorId")}::int[], ${pick("periodStart")}::date[],
          ${pick("periodEnd")}::date[], ${pick("value")}::float8[], ${pick("lower")}::float8[],
          ${pick("upper")}::float8[], ${pick("note")}::text[]) AS f(m, c, ps, pe, v, lo, up, nt)
        ON CONFLICT ("metricId", "comparatorId", "periodStart", "periodEnd") DO UPDATE SET
          "value" = EXCLUDED."value", "ciLower" = EXCLUDED."ciLower", "ciUpper" = EXCLUDED."ciUpper",
          "note" = EXCLUDED."note", "source" = EXCLUDED."source", "isIllustrative" = false,
          "version" = "Benchmark"."version" + 1, "updatedAt" = now()
        WHERE ("Benchmark"."value", "Benchmark"."ciLower", "Benchmark"."ciUpper", "Benchmark"."note")
          IS DISTINCT FROM (EXCLUDED."value", EXCLUDED."ciLower", EXCLUDED."ciUpper", EXCLUDED."note")`;
      return batchId;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
