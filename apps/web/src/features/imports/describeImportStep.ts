import type { ImportStep } from "./useImportUpload";

/**
 * The one-line status read out by the live region: what is happening now, or what happened.
 * Example: a dry run of 120 rows with 2 rejects → "Checked 120 rows: 2 rejected. Correct them and check again."
 */
export function describeImportStep(state: ImportStep): string {
  switch (state.step) {
    case "idle":
      return "";
    case "sending":
      if (state.uploaded < 1) return `Uploading… ${Math.round(state.uploaded * 100)}%`;
      return state.isDryRun ? "Checking every row…" : "Saving all rows in one transaction…";
    case "checked": {
      const { rowCount, rejected, added, changed } = state.report;
      if (rejected > 0)
        return `Checked ${count(rowCount)}: ${number(rejected)} rejected. Correct them and check again.`;
      return `Checked ${count(rowCount)}: ${number(added)} to add, ${number(changed)} to change. Nothing is saved until you commit.`;
    }
    case "committed": {
      const { rowCount, added, changed } = state.report;
      if (added + changed === 0)
        return `Loaded ${count(rowCount)}: nothing had changed, so nothing was written.`;
      return `Loaded ${count(rowCount)}: ${number(added)} added, ${number(changed)} changed.`;
    }
    case "failed":
      return state.message;
  }
}

function count(rows: number): string {
  return `${number(rows)} ${rows === 1 ? "row" : "rows"}`;
}

function number(value: number): string {
  return value.toLocaleString("en-GB");
}
