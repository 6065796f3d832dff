import type { BenchmarkImportRow } from "../../data/imports/importRowTypes.ts";
import { checkBenchmarkRecord } from "./checkBenchmarkRecord.ts";
import type { ImportKindSpec } from "./importKindSpec.ts";

/** The data load of benchmarks: comparator, metric, period, value, optional CI. */
export const benchmarkImport: ImportKindSpec<BenchmarkImportRow> = {
  kind: "BENCHMARKS",
  sheetName: "Benchmarks",
  columns: ["metric", "comparator", "period_start", "period_end", "value", "lower", "upper", "note"],
  requiredColumns: ["metric", "comparator", "period_end", "value"],
  check: checkBenchmarkRecord,
  loadStored: (imports, metricIds) => imports.loadStoredBenchmarks(metricIds),
  commit: (imports, rows, batch) => imports.commitBenchmarks(rows, batch),
};
