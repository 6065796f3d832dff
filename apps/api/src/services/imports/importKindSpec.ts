import type { ImportBatchInput } from "../../data/imports/importBatchTypes.ts";
import type { ImportRepository } from "../../data/imports/importRepository.ts";
import type { ExistingRow } from "../../data/imports/importRowTypes.ts";
import type { ImportReference } from "../../data/imports/referenceTypes.ts";
import type { CheckedRow } from "./checkedRowTypes.ts";
import type { ImportKindName, SourceRecord } from "./importTypes.ts";

/** Everything that differs between loading observations and loading benchmarks. */
export interface ImportKindSpec<Row> {
  kind: ImportKindName;
  /** The .xlsx sheet read first, if the workbook has one of this name. */
  sheetName: string;
  /** Template and export header, in order. */
  columns: readonly string[];
  requiredColumns: readonly string[];
  check(record: SourceRecord, reference: ImportReference, asOf: Date): CheckedRow<Row>;
  loadStored(imports: ImportRepository, metricIds: string[]): Promise<Map<string, ExistingRow>>;
  commit(imports: ImportRepository, rows: Row[], batch: ImportBatchInput): Promise<number>;
}
