import type { ComparableFields } from "../../data/imports/importRowTypes.ts";

/** One file row after validation: either a row ready to write or the reasons it cannot be. */
export interface CheckedRow<Row> {
  line: number;
  metricId: string;
  area: string;
  periodEnd: string;
  value: number | null;
  reasons: string[];
  /** The natural key (the table's unique constraint), when every part of it could be read. */
  key: string | null;
  row: Row | null;
  fields: ComparableFields;
}
