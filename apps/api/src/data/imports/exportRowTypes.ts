// Type aliases, not interfaces: a sheet writer reads them as plain records of column → value.

/** One observation as exported: the import columns first, so an export can be loaded back. */
export type ExportObservationRow = {
  metric: string;
  area: string;
  breakdown: string;
  period_start: string;
  period_end: string;
  value: number;
  lower: number | null;
  upper: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  metric_name: string;
  unit: string;
  source: string;
  illustrative: boolean;
};

/** One benchmark as exported: the import columns first, then what the file cannot set. */
export type ExportBenchmarkRow = {
  metric: string;
  comparator: string;
  period_start: string;
  period_end: string;
  value: number;
  lower: number | null;
  upper: number | null;
  note: string | null;
  comparator_name: string;
  rank: number | null;
  rank_out_of: number | null;
  source: string;
  illustrative: boolean;
};

export interface ExportRows {
  observations: ExportObservationRow[];
  benchmarks: ExportBenchmarkRow[];
}
