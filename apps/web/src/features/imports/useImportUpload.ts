import { useCallback, useState } from "react";
import { describeImportFailure } from "./describeImportFailure";
import type { ImportKind, ImportReport } from "./importReportTypes";
import { sendImportFile } from "./sendImportFile";

/** Where the load stands; the page renders one view per step. */
export type ImportStep =
  | { step: "idle" }
  | { step: "sending"; isDryRun: boolean; uploaded: number }
  | { step: "checked"; report: ImportReport }
  | { step: "committed"; report: ImportReport }
  | { step: "failed"; message: string; report: ImportReport | null };

/**
 * The two-step monthly load: check (dry run) a file, then commit exactly that file. A commit
 * the server refuses (422: some rows rejected) comes back as "failed" with its report.
 */
export function useImportUpload() {
  const [state, setState] = useState<ImportStep>({ step: "idle" });

  const send = useCallback(async (file: File, kind: ImportKind, isDryRun: boolean) => {
    setState({ step: "sending", isDryRun, uploaded: 0 });
    try {
      const result = await sendImportFile(file, kind, isDryRun, (uploaded) =>
        setState({ step: "sending", isDryRun, uploaded }),
      );
      if (result.report && result.status < 300) {
        setState({ step: result.report.committed ? "committed" : "checked", report: result.report });
      } else {
        setState({
          step: "failed",
          message: describeImportFailure(result.status, result.errorMessage),
          report: result.report,
        });
      }
    } catch (error) {
      setState({ step: "failed", message: (error as Error).message, report: null });
    }
  }, []);

  const reset = useCallback(() => setState({ step: "idle" }), []);
  return {
    state,
    check: (file: File, kind: ImportKind) => send(file, kind, true),
    commit: (file: File, kind: ImportKind) => send(file, kind, false),
    reset,
  };
}
