import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { ImportFileInput } from "./ImportFileInput";
import { ImportKindChoice } from "./ImportKindChoice";
import { ImportOutcome } from "./ImportOutcome";
import type { ImportKind } from "./importReportTypes";
import { useImportUpload } from "./useImportUpload";

/** Choose kind and file, check it, read the row results, then commit the same file. */
export function ImportForm() {
  const [kind, setKind] = useState<ImportKind>("observations");
  const [file, setFile] = useState<File | null>(null);
  const { state, check, commit, reset } = useImportUpload();
  const isBusy = state.step === "sending";
  const canCommit = state.step === "checked" && state.report.rejected === 0 && file !== null;
  const toWrite = state.step === "checked" ? state.report.added + state.report.changed : 0;

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
        <ImportKindChoice
          kind={kind}
          disabled={isBusy}
          onChange={(chosen) => {
            setKind(chosen);
            reset();
          }}
        />
        <ImportFileInput disabled={isBusy} onChange={chooseFile} />
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
      <ImportOutcome state={state} />
    </section>
  );
}

function commitLabel(rows: number): string {
  if (rows === 0) return "Nothing to commit";
  return `Commit ${rows.toLocaleString("en-GB")} ${rows === 1 ? "row" : "rows"}`;
}
