import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ExportLinks } from "./ExportLinks";

afterEach(cleanup);

const hrefOf = (name: string) => screen.getByRole("link", { name }).getAttribute("href");

describe("ExportLinks", () => {
  it("names each of a section's downloads by what it holds", () => {
    // Section title as in the report: "WAIT TO ANSWER & ABANDONMENT" (priority 1 scorecard).
    render(<ExportLinks sectionId="3" label="WAIT TO ANSWER & ABANDONMENT" />);
    expect(hrefOf("Observations (CSV) of WAIT TO ANSWER & ABANDONMENT")).toBe("/api/exports/section/3.csv");
    expect(hrefOf("Benchmarks (CSV) of WAIT TO ANSWER & ABANDONMENT")).toBe(
      "/api/exports/section/3.csv?kind=benchmarks",
    );
    expect(hrefOf("Both (Excel .xlsx) – observations and benchmarks of WAIT TO ANSWER & ABANDONMENT")).toBe(
      "/api/exports/section/3.xlsx",
    );
  });

  it("links a metric's downloads by its id, escaped", () => {
    render(<ExportLinks metricId="abandonment-rate-101" label="101 abandonment rate" />);
    expect(hrefOf("Observations (CSV) of 101 abandonment rate")).toBe(
      "/api/exports/metric/abandonment-rate-101.csv",
    );
    for (const link of screen.getAllByRole("link")) {
      expect(link.hasAttribute("download")).toBe(true);
      // ≥ 44 px touch target: min-h-11 is 2.75 rem.
      expect(link.className).toContain("min-h-11");
    }
  });

  it("without a label says 'this metric'", () => {
    render(<ExportLinks metricId="a b" />);
    expect(hrefOf("Observations (CSV) of this metric")).toBe("/api/exports/metric/a%20b.csv");
  });
});
