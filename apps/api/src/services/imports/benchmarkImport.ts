import { commitBenchmarkImport } from "../../data/imports/commitBenchmarkImport.ts";
import type { BenchmarkImportRow } from "../../data/imports/importRowTypes.ts";
import { loadStoredBenchmarks } from "../../data/imports/loadStoredBenchmarks.ts";
import { checkBenchmarkRecord } from "./checkBenchmarkRecord.ts";
import type { ImportKindSpec } from "./importKindSpec.ts";

/** Benchmark data load (issue 6 item 5): comparator, metric, period, value, optional CI. */
export const benchmarkImport: ImportKindSpec<BenchmarkImportRow> = {
  kind: "BENCHMARKS",
  sheetName: "Benchmarks",
  columns: ["metric", "comparator", "period_start", "period_end", "value", "lower", "upper", "note"],
  requiredColumns: ["metric", "comparator", "period_end", "value"],
  check: checkBenchmarkRecord,
  loadStored: loadStoredBenchmarks,
  commit: commitBenchmarkImport,
};
