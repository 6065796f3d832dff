// The contract of the data-loading report: the API's /api/imports endpoints answer with it (REST,
// so no type is generated from the GraphQL schema) and the web app renders it. One definition here
// keeps the two in step.

/** Which table a file loads into; the same words as the ImportBatch.kind column. */
export type ImportKindName = "OBSERVATIONS" | "BENCHMARKS";

/** What a commit would do with one row of the file. */
export type ImportAction = "ADD" | "CHANGE" | "UNCHANGED" | "REJECT";

/** One row of the dry-run report. */
export interface ImportRowResult {
  /** The line (CSV) or row number (xlsx) as a person sees it in the file; the header is line 1. */
  line: number;
  action: ImportAction;
  reasons: string[];
  metricId: string;
  /** The area code for observations, the comparator code for benchmarks. */
  area: string;
  /** YYYY-MM, or the text as written when it could not be read. */
  periodEnd: string;
  value: number | null;
  previousValue: number | null;
}

/** The dry-run (or commit) report returned as JSON. */
export interface ImportReport {
  kind: ImportKindName;
  fileName: string;
  rowCount: number;
  added: number;
  changed: number;
  unchanged: number;
  rejected: number;
  committed: boolean;
  /** Present once committed. */
  batchId: number | null;
  /** sha256 hex of the file as uploaded. */
  sha256: string;
  rows: ImportRowResult[];
  /** Milliseconds spent reading and checking the file, comparing with what is stored, and writing. */
  timings: { readMs: number; compareMs: number; writeMs: number };
}
