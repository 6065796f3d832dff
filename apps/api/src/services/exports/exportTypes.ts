/** One table of an export: one CSV file, or one sheet of an .xlsx workbook. */
export interface ExportSheet {
  name: string;
  columns: readonly string[];
  rows: ReadonlyArray<Record<string, unknown>>;
}

/** An export ready to write: a file name without extension and its sheets. */
export interface ExportFile {
  baseName: string;
  sheets: ExportSheet[];
}
