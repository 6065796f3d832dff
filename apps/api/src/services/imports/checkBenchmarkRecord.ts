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
  reasons.push(...periods.reasons, ...measures.reasons);
  const note = (cells.note ?? "").trim() || null;
  const base = {
    line,
    metricId,
    area: comparator,
    periodEnd: periods.periodEnd ?? (cells.period_end ?? "").trim(),
  };
  const canKey = metric && comparatorId !== undefined && periods.periodStart && periods.periodEnd;
  const key = canKey ? [metricId, comparatorId, periods.periodStart, periods.periodEnd].join("|") : null;
  if (reasons.length > 0 || measures.value === null || !canKey) {
    return { ...base, value: measures.value, reasons, key, row: null, fields: [] };
  }
  const row: BenchmarkImportRow = {
    metricId,
    comparatorId: comparatorId as number,
    periodStart: `${periods.periodStart}-01`,
    periodEnd: `${periods.periodEnd}-01`,
    value: measures.value,
    ciLower: measures.ciLower,
    ciUpper: measures.ciUpper,
    note,
  };
  return {
    ...base,
    value: row.value,
    reasons,
    key,
    row,
    fields: [row.value, row.ciLower, row.ciUpper, row.note],
  };
}
