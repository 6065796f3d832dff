import { useId, useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { describeImportStep } from "./describeImportStep";
import { ImportProgress } from "./ImportProgress";
import { ImportResultsTable } from "./ImportResultsTable";
import { ImportSummary } from "./ImportSummary";
import type { ImportKind } from "./importReportTypes";
import { useImportUpload } from "./useImportUpload";

const KINDS: { value: ImportKind; label: string; hint: string }[] = [
  {
    value: "observations",
    label: "Observations",
    hint: "metric, area, period, value, optional confidence interval",
  },
  {
    value: "benchmarks",
    label: "Benchmarks",
    hint: "metric, comparator, period, value, optional confidence interval",
  },
];

/** Choose kind and file, check it, read the row results, then commit the same file. */
export function ImportForm() {
  const [kind, setKind] = useState<ImportKind>("observations");
  const [file, setFile] = useState<File | null>(null);
  const { state, check, commit, reset } = useImportUpload();
  const fileId = useId();
  const hintId = useId();
  const isBusy = state.step === "sending";
  const report = state.step === "idle" || state.step === "sending" ? null : state.report;
  const canCommit = state.step === "checked" && state.report.rejected === 0 && file !== null;
  const toWrite = state.step === "checked" ? state.report.added + state.report.changed : 0;
  const status = describeImportStep(state);

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    reset();
  };

  return (
    <section aria-labelledby="import-load" className="mt-8 space-y-4">
      <h2 id="import-load" className="text-lg font-semibold">
        Load a file
      </h2>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (file) void check(file, kind);
        }}
      >
        <fieldset className="space-y-1">
          <legend className="font-medium">What does the file hold?</legend>
          {KINDS.map((option) => (
            <label key={option.value} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="import-kind"
                value={option.value}
                checked={kind === option.value}
                disabled={isBusy}
                onChange={() => {
                  setKind(option.value);
                  reset();
                }}
                className="h-5 w-5"
              />
              <span>
                {option.label} <span className="text-sm text-muted">({option.hint})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={fileId} className="block font-medium">
            File (.csv or .xlsx)
          </label>
          <p id={hintId} className="text-sm text-muted">
            Months as 2023-04 or as the report writes them (Apr-23); times as seconds or as the app shows them
            (9:45, 1:54:53). The first row names the columns, as in the template.
          </p>
          <input
            id={fileId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={hintId}
            disabled={isBusy}
            onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
            className="mt-1 block min-h-11"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses.secondary} disabled={!file || isBusy}>
            Check file
          </button>
          {canCommit ? (
            <button
              type="button"
              className={buttonClasses.primary}
              disabled={isBusy || toWrite === 0}
              onClick={() => file && void commit(file, kind)}
            >
              {commitLabel(toWrite)}
            </button>
          ) : null}
        </div>
      </form>
      {state.step === "sending" ? <ImportProgress uploaded={state.uploaded} label={status} /> : null}
      <p
        role="status"
        aria-live="polite"
        className={`min-h-6 ${state.step === "failed" ? "font-semibold text-fail" : ""}`}
      >
        {status}
      </p>
      {report ? (
        <>
          <ImportSummary report={report} />
          {report.rows.length > 0 ? <ImportResultsTable report={report} /> : null}
        </>
      ) : null}
    </section>
  );
}

function commitLabel(rows: number): string {
  if (rows === 0) return "Nothing to commit";
  return `Commit ${rows.toLocaleString("en-GB")} ${rows === 1 ? "row" : "rows"}`;
}
