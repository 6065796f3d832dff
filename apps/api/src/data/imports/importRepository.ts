import type { Database } from "../db.ts";
import { commitBenchmarkImport } from "./commitBenchmarkImport.ts";
import { commitObservationImport } from "./commitObservationImport.ts";
import { findScorecardTemplateMetrics } from "./findScorecardTemplateMetrics.ts";
import type { ImportBatchInput } from "./importBatchTypes.ts";
import type { BenchmarkImportRow, ObservationImportRow } from "./importRowTypes.ts";
import { loadImportReference } from "./loadImportReference.ts";
import { loadStoredBenchmarks } from "./loadStoredBenchmarks.ts";
import { loadStoredObservations } from "./loadStoredObservations.ts";

/**
 * The monthly data load: what a file may name, the stored rows it is compared with, and the
 * commit of a whole file (its rows, ImportBatch row and audit event in one transaction).
 */
export function importRepository(db: Database) {
  return {
    loadReference: () => loadImportReference(db),
    loadStoredObservations: (metricIds: string[]) => loadStoredObservations(db, metricIds),
    loadStoredBenchmarks: (metricIds: string[]) => loadStoredBenchmarks(db, metricIds),
    commitObservations: (rows: ObservationImportRow[], batch: ImportBatchInput) =>
      commitObservationImport(db, rows, batch),
    commitBenchmarks: (rows: BenchmarkImportRow[], batch: ImportBatchInput) =>
      commitBenchmarkImport(db, rows, batch),
    findScorecardTemplateMetrics: (scorecardId: number) => findScorecardTemplateMetrics(db, scorecardId),
  };
}

export type ImportRepository = ReturnType<typeof importRepository>;
