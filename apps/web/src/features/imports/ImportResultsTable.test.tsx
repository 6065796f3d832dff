import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ImportResultsTable } from "./ImportResultsTable";
import type { ImportReport } from "./importReportTypes";

const report: ImportReport = {
  kind: "OBSERVATIONS",
  fileName: "march.csv",
  rowCount: 3,
  added: 0,
  changed: 1,
  unchanged: 0,
  rejected: 2,
  committed: false,
  batchId: null,
  sha256: "",
  timings: { readMs: 0, compareMs: 0, writeMs: 0 },
  rows: [
    {
      line: 3,
      action: "REJECT",
      reasons: ['unknown metric "x"'],
      metricId: "x",
      area: "force",
      periodEnd: "2023-03",
      value: 5,
      previousValue: null,
    },
    {
      line: 4,
      action: "REJECT",
      reasons: ['non-numeric value "abc"', "duplicate of line 2"],
      metricId: "abandonment-rate-101",
      area: "force",
      periodEnd: "2023-03",
      value: null,
      previousValue: null,
    },
  ],
};

describe("ImportResultsTable", () => {
  it("names the file, says when rows are cut, and gives each row its line, result in words and reasons", () => {
    render(<ImportResultsTable report={report} />);
    const table = screen.getByRole("table", { name: /Row results for march\.csv/ });
    expect(table).toHaveProperty(
      "caption.textContent",
      "Row results for march.csvShowing the first 2 of 3 rows, rejected rows first.",
    );
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      "Line",
      "Result",
      "Metric",
      "Area",
      "Month",
      "Value",
      "Stored value",
      "Reasons",
    ]);
    const second = within(table).getByRole("row", { name: /^4/ });
    expect(
      within(second)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([
      "Rejected",
      "abandonment-rate-101",
      "force",
      "2023-03",
      "—",
      "—",
      'non-numeric value "abc"; duplicate of line 2',
    ]);
  });

  it("heads the area column Comparator for benchmarks", () => {
    render(<ImportResultsTable report={{ ...report, kind: "BENCHMARKS" }} />);
    expect(screen.getByRole("columnheader", { name: "Comparator" })).toBeTruthy();
  });
});
