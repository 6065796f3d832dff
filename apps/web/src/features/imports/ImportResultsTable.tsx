import { importActionLabel } from "./importActionLabel";
import type { ImportAction, ImportReport } from "./importReportTypes";

const ACTION_CLASSES: Record<ImportAction, string> = {
  REJECT: "bg-fail-soft text-fail font-semibold",
  CHANGE: "bg-concern-soft text-concern",
  ADD: "bg-pass-soft text-pass",
  UNCHANGED: "text-muted",
};

/** The table's columns; a benchmark file has comparators where an observation file has areas. */
function columnsFor(kind: ImportReport["kind"]): { label: string; isNumber: boolean }[] {
  return [
    { label: "Line", isNumber: true },
    { label: "Result", isNumber: false },
    { label: "Metric", isNumber: false },
    { label: kind === "BENCHMARKS" ? "Comparator" : "Area", isNumber: false },
    { label: "Month", isNumber: false },
    { label: "Value", isNumber: true },
    { label: "Stored value", isNumber: true },
    { label: "Reasons", isNumber: false },
  ];
}

/** One line of the file: what the load will do with it, its fields, and why it is rejected. */
function ImportResultRow({ row }: { row: ImportReport["rows"][number] }) {
  return (
    <tr className="border-b border-line last:border-0">
      <th scope="row" className="p-2 text-right font-normal tabular-nums">
        {row.line}
      </th>
      <td className="p-2">
        <span className={`rounded px-2 py-0.5 ${ACTION_CLASSES[row.action]}`}>
          {importActionLabel[row.action]}
        </span>
      </td>
      <td className="p-2 font-mono text-xs">{row.metricId || "—"}</td>
      <td className="p-2">{row.area || "—"}</td>
      <td className="p-2 tabular-nums">{row.periodEnd || "—"}</td>
      <td className="p-2 text-right tabular-nums">{row.value ?? "—"}</td>
      <td className="p-2 text-right tabular-nums">{row.previousValue ?? "—"}</td>
      <td className="p-2">{row.reasons.length > 0 ? row.reasons.join("; ") : ""}</td>
    </tr>
  );
}

/**
 * The dry run row by row: line in the file, what will happen, and why a row is rejected.
 * Rejects come first (the server orders them), so the rows to fix are at the top.
 */
export function ImportResultsTable({ report }: { report: ImportReport }) {
  const isPartial = report.rows.length < report.rowCount;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="p-3 text-left font-semibold">
          Row results for {report.fileName}
          {isPartial ? (
            <span className="block font-normal text-muted">
              Showing the first {report.rows.length.toLocaleString("en-GB")} of{" "}
              {report.rowCount.toLocaleString("en-GB")} rows, rejected rows first.
            </span>
          ) : null}
        </caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            {columnsFor(report.kind).map((column) => (
              <th key={column.label} scope="col" className={column.isNumber ? "p-2 text-right" : "p-2"}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <ImportResultRow key={row.line} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
