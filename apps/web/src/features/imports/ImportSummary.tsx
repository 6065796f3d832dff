import type { ImportReport } from "./importReportTypes";

/** The counts of a dry run or a commit, as a description list a screen reader reads in pairs. */
export function ImportSummary({ report }: { report: ImportReport }) {
  const items: [string, number][] = [
    ["Rows", report.rowCount],
    ["To add", report.added],
    ["To change", report.changed],
    ["Unchanged", report.unchanged],
    ["Rejected", report.rejected],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-line bg-surface p-3">
          <dt className="text-sm text-muted">{report.committed ? label.replace("To ", "") : label}</dt>
          <dd
            className={`text-2xl font-semibold tabular-nums ${label === "Rejected" && value > 0 ? "text-fail" : ""}`}
          >
            {value.toLocaleString("en-GB")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
