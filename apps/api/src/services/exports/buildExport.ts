import type { Repositories } from "../../context.ts";
import { notFound } from "../../errors.ts";
import type { ExportFile } from "./exportTypes.ts";

export type ExportTarget = { kind: "metric"; id: string } | { kind: "section"; id: number };

const OBSERVATION_COLUMNS = [
  "metric",
  "area",
  "breakdown",
  "period_start",
  "period_end",
  "value",
  "lower",
  "upper",
  "numerator",
  "denominator",
  "note",
  "metric_name",
  "unit",
  "source",
  "illustrative",
] as const;

const BENCHMARK_COLUMNS = [
  "metric",
  "comparator",
  "period_start",
  "period_end",
  "value",
  "lower",
  "upper",
  "note",
  "comparator_name",
  "rank",
  "rank_out_of",
  "source",
  "illustrative",
] as const;

/**
 * A metric's or a scorecard section's data as an export: an Observations sheet and a
 * Benchmarks sheet. Reads are public, as GraphQL reads are. The columns start with the import
 * columns, so an exported file can be corrected and loaded back; `source` and `illustrative`
 * say where each figure came from and whether it is a stand-in for data not in the report.
 */
export async function buildExport(
  repos: Pick<Repositories, "exports">,
  target: ExportTarget,
): Promise<ExportFile> {
  const subject = await repos.exports.findSubject(target);
  if (!subject) throw notFound(target.kind === "metric" ? "Metric" : "Section", target.id);
  const rows = await repos.exports.loadRows(subject.metricIds);
  return {
    baseName: `${target.kind}-${slug(subject.title)}`,
    sheets: [
      { name: "Observations", columns: OBSERVATION_COLUMNS, rows: rows.observations },
      { name: "Benchmarks", columns: BENCHMARK_COLUMNS, rows: rows.benchmarks },
    ],
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "export"
  );
}
