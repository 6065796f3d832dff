// The report's shape is shared with the web app through @pcc/domain; the source shapes are the API's own.
export type { ImportAction, ImportKindName, ImportReport, ImportRowResult } from "@pcc/domain";

/** One data row as read from a CSV or .xlsx file: cells by lower-case header name. */
export interface SourceRecord {
  /** The line (CSV) or row number (xlsx) as a person sees it in the file; the header is line 1. */
  line: number;
  cells: Record<string, string>;
}

/** A file as read: its lower-case header names and its data rows. */
export interface SourceFile {
  header: string[];
  records: SourceRecord[];
}
