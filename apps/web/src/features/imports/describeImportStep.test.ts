import { describe, expect, it } from "vitest";
import { describeImportStep } from "./describeImportStep";
import type { ImportReport } from "./importReportTypes";

const report = (counts: Partial<ImportReport>): ImportReport => ({
  kind: "OBSERVATIONS",
  fileName: "march.csv",
  rowCount: 0,
  added: 0,
  changed: 0,
  unchanged: 0,
  rejected: 0,
  committed: false,
  batchId: null,
  sha256: "",
  rows: [],
  timings: { readMs: 0, compareMs: 0, writeMs: 0 },
  ...counts,
});

describe("describeImportStep", () => {
  it.each([
    [{ step: "idle" } as const, ""],
    [{ step: "sending", isDryRun: true, uploaded: 0.42 } as const, "Uploading… 42%"],
    [{ step: "sending", isDryRun: true, uploaded: 1 } as const, "Checking every row…"],
    [{ step: "sending", isDryRun: false, uploaded: 1 } as const, "Saving all rows in one transaction…"],
    [
      { step: "checked", report: report({ rowCount: 120, rejected: 2 }) } as const,
      "Checked 120 rows: 2 rejected. Correct them and check again.",
    ],
    [
      { step: "checked", report: report({ rowCount: 100000, added: 99000, changed: 1000 }) } as const,
      "Checked 100,000 rows: 99,000 to add, 1,000 to change. Nothing is saved until you commit.",
    ],
    [
      { step: "committed", report: report({ rowCount: 7, unchanged: 7 }) } as const,
      "Loaded 7 rows: nothing had changed, so nothing was written.",
    ],
    [
      { step: "committed", report: report({ rowCount: 1, added: 1 }) } as const,
      "Loaded 1 row: 1 added, 0 changed.",
    ],
  ])("%j → %s", (state, expected) => {
    expect(describeImportStep(state)).toBe(expected);
  });
});
