// The JSON the API's /api/imports endpoints return (apps/api/src/services/imports/importTypes.ts).
// REST, not GraphQL, so no generated type: kept in step by hand and by the API's import tests.

export type ImportKind = "observations" | "benchmarks";
export type ImportAction = "ADD" | "CHANGE" | "UNCHANGED" | "REJECT";

export interface ImportRowResult {
  line: number;
  action: ImportAction;
  reasons: string[];
  metricId: string;
  /** Area code for observations, comparator code for benchmarks. */
  area: string;
  periodEnd: string;
  value: number | null;
  previousValue: number | null;
}

export interface ImportReport {
  kind: "OBSERVATIONS" | "BENCHMARKS";
  fileName: string;
  rowCount: number;
  added: number;
  changed: number;
  unchanged: number;
  rejected: number;
  committed: boolean;
  batchId: number | null;
  sha256: string;
  rows: ImportRowResult[];
  timings: { readMs: number; compareMs: number; writeMs: number };
}
