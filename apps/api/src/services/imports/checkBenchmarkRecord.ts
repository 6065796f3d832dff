import type { BenchmarkImportRow } from "../../data/imports/importRowTypes.ts";
import type { ImportReference } from "../../data/imports/referenceTypes.ts";
import type { CheckedRow } from "./checkedRowTypes.ts";
import type { SourceRecord } from "./importTypes.ts";
import { readMeasureCells } from "./readMeasureCells.ts";
import { readPeriodCells } from "./readPeriodCells.ts";

/**
 * Validates one benchmark row (metric, comparator, period_start, period_end, value, lower,
 * upper, note): a comparator is a force, the most similar group average or the national figure.
 */
export function checkBenchmarkRecord(
  record: SourceRecord,
  reference: ImportReference,
  asOf: Date,
): CheckedRow<BenchmarkImportRow> {
  const { cells, line } = record;
  const metricId = (cells.metric ?? "").trim();
  const comparator = (cells.comparator ?? "").trim().toLowerCase();
  const metric = reference.metrics.get(metricId);
  const comparatorId = reference.comparators.get(comparator);
  const reasons: string[] = [];
  if (metricId === "") reasons.push("metric is blank");
  else if (!metric) reasons.push(`unknown metric "${metricId}"`);
  if (comparator === "") reasons.push("comparator is blank");
  else if (comparatorId === undefined) reasons.push(`unknown comparator "${comparator}"`);
  const periods = readPeriodCells(cells, asOf);
  const measures = readMeasureCells(cells, metric?.unit ?? null);
  for (const reason of periods.reasons) reasons.push(reason);
  for (const reason of measures.reasons) reasons.push(reason);
  const note = (cells.note ?? "").trim() || null;
  const periodEnd = periods.periodEnd ?? (cells.period_end ?? "").trim();
  const canKey = metric && comparatorId !== undefined && periods.periodStart && periods.periodEnd;
  const key = canKey ? `${metricId}|${comparatorId}|${periods.periodStart}|${periods.periodEnd}` : null;
  if (reasons.length > 0 || measures.value === null || !canKey) {
    return {
      line,
      metricId,
      area: comparator,
      periodEnd,
      value: measures.value,
      reasons,
      key,
      row: null,
      fields: [],
    };
  }
  const row: BenchmarkImportRow = {
    metricId,
    comparatorId: comparatorId as number,
    periodStart: `${periods.periodStart}-01`,
    periodEnd: `${periods.periodEnd}-01`,
    value: measures.value,
    lower: measures.lower,
    upper: measures.upper,
    note,
  };
  const fields = [row.value, row.lower, row.upper, row.note];
  return { line, metricId, area: comparator, periodEnd, value: row.value, reasons, key, row, fields };
}
