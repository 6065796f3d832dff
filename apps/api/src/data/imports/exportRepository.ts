import type { Database } from "../db.ts";
import { findExportSubject } from "./findExportSubject.ts";
import { loadExportRows } from "./loadExportRows.ts";

/** The published figures a CSV or .xlsx download holds. */
export function exportRepository(db: Database) {
  return {
    findSubject: (subject: Parameters<typeof findExportSubject>[1]) => findExportSubject(db, subject),
    loadRows: (metricIds: string[]) => loadExportRows(db, metricIds),
  };
}

export type ExportRepository = ReturnType<typeof exportRepository>;
