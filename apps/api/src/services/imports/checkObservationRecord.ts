import type { ObservationImportRow } from "../../data/imports/importRowTypes.ts";
import type { ImportReference } from "../../data/imports/referenceTypes.ts";
import type { CheckedRow } from "./checkedRowTypes.ts";
import type { SourceRecord } from "./importTypes.ts";
import { parseNumberCell } from "./parseNumberCell.ts";
import { readMeasureCells } from "./readMeasureCells.ts";
import { readPeriodCells } from "./readPeriodCells.ts";

/** The area a row means when its area cell is blank: the force as a whole. */
export const DEFAULT_AREA = "force";

/**
 * Validates one observation row (metric, area, breakdown, period_start, period_end, value,
 * lower, upper, numerator, denominator, note) against the metrics and areas on record.
 */
export function checkObservationRecord(
  record: SourceRecord,
  reference: ImportReference,
  asOf: Date,
): CheckedRow<ObservationImportRow> {
  const { cells, line } = record;
  const metricId = (cells.metric ?? "").trim();
  const area = (cells.area ?? "").trim().toLowerCase() || DEFAULT_AREA;
  const breakdown = (cells.breakdown ?? "").trim();
  const metric = reference.metrics.get(metricId);
  const areaId = reference.areas.get(area);
  const reasons: string[] = [];
  if (metricId === "") reasons.push("metric is blank");
  else if (!metric) reasons.push(`unknown metric "${metricId}"`);
  if (areaId === undefined) reasons.push(`unknown area "${area}"`);
  const periods = readPeriodCells(cells, asOf);
  const measures = readMeasureCells(cells, metric?.unit ?? null);
  const numerator = parseNumberCell(cells.numerator, "numerator");
  const denominator = parseNumberCell(cells.denominator, "denominator");
  for (const reason of periods.reasons) reasons.push(reason);
  for (const reason of measures.reasons) reasons.push(reason);
  if (!numerator.ok) reasons.push(numerator.reason);
  if (!denominator.ok) reasons.push(denominator.reason);
  const note = (cells.note ?? "").trim() || null;
  const periodEnd = periods.periodEnd ?? (cells.period_end ?? "").trim();
  const canKey = metric && areaId !== undefined && periods.periodStart && periods.periodEnd;
  // A template string, not [...].join("|"): this runs for every row of a 100,000-row file.
  const key = canKey
    ? `${metricId}|${areaId}|${breakdown}|${periods.periodStart}|${periods.periodEnd}`
    : null;
  if (reasons.length > 0 || !numerator.ok || !denominator.ok || measures.value === null || !canKey) {
    return { line, metricId, area, periodEnd, value: measures.value, reasons, key, row: null, fields: [] };
  }
  const row: ObservationImportRow = {
    metricId,
    areaId: areaId as number,
    breakdown,
    periodStart: `${periods.periodStart}-01`,
    periodEnd: `${periods.periodEnd}-01`,
    value: measures.value,
    lower: measures.lower,
    upper: measures.upper,
    numerator: numerator.value,
    denominator: denominator.value,
    note,
  };
  const fields = [row.value, row.lower, row.upper, row.numerator, row.denominator, row.note];
  return { line, metricId, area, periodEnd, value: row.value, reasons, key, row, fields };
}
