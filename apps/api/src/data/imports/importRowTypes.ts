/** The fields a stored row is compared on, in a fixed order; equal tuples mean UNCHANGED. */
export type ComparableFields = ReadonlyArray<number | string | null>;

/** A stored row as the dry run compares it. */
export interface ExistingRow {
  value: number;
  fields: ComparableFields;
}

export interface ObservationImportRow {
  metricId: string;
  areaId: number;
  breakdown: string;
  /** First day of the month, YYYY-MM-DD, as the Date columns store it. */
  periodStart: string;
  periodEnd: string;
  value: number;
  lower: number | null;
  upper: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

export interface BenchmarkImportRow {
  metricId: string;
  comparatorId: number;
  periodStart: string;
  periodEnd: string;
  value: number;
  lower: number | null;
  upper: number | null;
  note: string | null;
}
