import { importActionLabel } from "./importActionLabel";
import type { ImportAction, ImportReport } from "./importReportTypes";

const ACTION_CLASSES: Record<ImportAction, string> = {
  REJECT: "bg-fail-soft text-fail font-semibold",
  CHANGE: "bg-concern-soft text-concern",
  ADD: "bg-pass-soft text-pass",
  UNCHANGED: "text-muted",
};

/**
 * The dry run row by row: line in the file, what will happen, and why a row is rejected.
 * Rejects come first (the server orders them), so the rows to fix are at the top.
 */
export function ImportResultsTable({ report }: { report: ImportReport }) {
  const isBenchmarks = report.kind === "BENCHMARKS";
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
            <th scope="col" className="p-2 text-right">
              Line
            </th>
            <th scope="col" className="p-2">
              Result
            </th>
            <th scope="col" className="p-2">
              Metric
            </th>
            <th scope="col" className="p-2">
              {isBenchmarks ? "Comparator" : "Area"}
            </th>
            <th scope="col" className="p-2">
              Month
            </th>
            <th scope="col" className="p-2 text-right">
              Value
            </th>
            <th scope="col" className="p-2 text-right">
              Stored value
            </th>
            <th scope="col" className="p-2">
              Reasons
            </th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.line} className="border-b border-line last:border-0">
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
