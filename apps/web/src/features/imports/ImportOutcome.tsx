import { describeImportStep } from "./describeImportStep";
import { ImportProgress } from "./ImportProgress";
import { ImportResultsTable } from "./ImportResultsTable";
import { ImportSummary } from "./ImportSummary";
import type { ImportStep } from "./useImportUpload";

/** Where a load stands: progress while sending, the step in words (announced), then the rows' results. */
export function ImportOutcome({ state }: { state: ImportStep }) {
  const status = describeImportStep(state);
  const report = state.step === "idle" || state.step === "sending" ? null : state.report;
  return (
    <>
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
    </>
  );
}
