import { createHash } from "node:crypto";
import { requireRole } from "../../auth/requireRole.ts";
import type { Repositories, Viewer } from "../../context.ts";
import type { CheckedRow } from "./checkedRowTypes.ts";
import { classifyRows } from "./classifyRows.ts";
import { ImportRejected } from "./ImportRejected.ts";
import type { ImportKindSpec } from "./importKindSpec.ts";
import type { ImportReport, ImportRowResult } from "./importTypes.ts";
import { readImportRecords } from "./readImportRecords.ts";

export interface ImportRequest {
  file: Buffer;
  fileName: string;
  isDryRun: boolean;
  /** How many row results to return (rejects first); all when null. Counts always cover the file. */
  rowLimit: number | null;
}

export interface ImportCaller {
  repos: Pick<Repositories, "imports">;
  viewer: Viewer | null;
  requestId: string | null;
  asOf: Date;
}

/**
 * Dry-runs or commits one file. Editors only. A commit writes all rows in one transaction, or
 * nothing if any row is rejected (ImportRejected carries the report). Loading a file already
 * loaded writes no rows, but still records its batch and audit event, so the log shows it was tried.
 */
export async function runImport<Row>(
  spec: ImportKindSpec<Row>,
  caller: ImportCaller,
  request: ImportRequest,
): Promise<ImportReport> {
  const viewer = requireRole(caller, "EDITOR");
  const clock = startClock();
  const reference = await caller.repos.imports.loadReference();
  const checked: CheckedRow<Row>[] = [];
  await readImportRecords(request.file, spec.sheetName, spec.requiredColumns, (record) => {
    checked.push(spec.check(record, reference, caller.asOf));
  });
  const readMs = clock.lap();
  const metricIds = [...new Set(checked.filter((row) => row.row !== null).map((row) => row.metricId))];
  const stored = await spec.loadStored(caller.repos.imports, metricIds);
  const { results, writes } = classifyRows(checked, stored);
  const compareMs = clock.lap();
  const counts = countActions(results);
  const sha256 = createHash("sha256").update(request.file).digest("hex");
  const report: ImportReport = {
    kind: spec.kind,
    fileName: request.fileName,
    rowCount: results.length,
    ...counts,
    committed: false,
    batchId: null,
    sha256,
    rows: orderForReading(results, request.rowLimit),
    timings: { readMs, compareMs, writeMs: 0 },
  };
  if (request.isDryRun) return report;
  if (counts.rejected > 0) throw new ImportRejected(report);
  const batchId = await spec.commit(caller.repos.imports, writes, {
    fileName: request.fileName,
    sha256,
    rowCount: results.length,
    ...counts,
    actor: { id: viewer.id, email: viewer.email },
    requestId: caller.requestId,
  });
  return { ...report, committed: true, batchId, timings: { ...report.timings, writeMs: clock.lap() } };
}

function countActions(results: ImportRowResult[]) {
  const counts = { added: 0, changed: 0, unchanged: 0, rejected: 0 };
  for (const result of results) {
    if (result.action === "ADD") counts.added++;
    else if (result.action === "CHANGE") counts.changed++;
    else if (result.action === "UNCHANGED") counts.unchanged++;
    else counts.rejected++;
  }
  return counts;
}

// Rejects first, so the rows a person must fix are at the top; file order within each group.
function orderForReading(results: ImportRowResult[], limit: number | null): ImportRowResult[] {
  const rejects = results.filter((row) => row.action === "REJECT");
  const others = results.filter((row) => row.action !== "REJECT");
  const ordered = rejects.concat(others);
  return limit === null ? ordered : ordered.slice(0, limit);
}

// Milliseconds per phase, reported so a slow load shows whether reading, comparing or writing is slow.
function startClock() {
  let last = performance.now();
  return {
    lap(): number {
      const now = performance.now();
      const ms = Math.round(now - last);
      last = now;
      return ms;
    },
  };
}
