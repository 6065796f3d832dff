import type { MetricUnitName } from "../../data/imports/referenceTypes.ts";
import { checkValueForUnit } from "./checkValueForUnit.ts";
import { parseNumberCell } from "./parseNumberCell.ts";

export interface MeasureCells {
  value: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  reasons: string[];
}

/**
 * Reads value, lower and upper (a confidence interval, for survey measures). The value is
 * required and must fit the metric's unit when the metric is known; an interval must not be
 * upside down and must contain the value it is drawn around.
 */
export function readMeasureCells(cells: Record<string, string>, unit: MetricUnitName | null): MeasureCells {
  const reasons: string[] = [];
  const value = readNumber(cells, "value", reasons);
  const ciLower = readNumber(cells, "lower", reasons);
  const ciUpper = readNumber(cells, "upper", reasons);
  if ((cells.value ?? "").trim() === "") reasons.push("value is blank");
  if (value !== null && unit) {
    const outOfRange = checkValueForUnit(value, unit);
    if (outOfRange) reasons.push(outOfRange);
  }
  if (ciLower !== null && ciUpper !== null && ciLower > ciUpper) {
    reasons.push(`lower ${ciLower} > upper ${ciUpper}`);
  } else if (value !== null && isOutside(value, ciLower, ciUpper)) {
    reasons.push(`value ${value} lies outside its interval ${ciLower ?? "…"}–${ciUpper ?? "…"}`);
  }
  return { value, ciLower, ciUpper, reasons };
}

// A plain function, not a closure: this runs three times per row of a 100,000-row file.
function readNumber(cells: Record<string, string>, column: string, reasons: string[]): number | null {
  const parsed = parseNumberCell(cells[column], column);
  if (parsed.ok) return parsed.value;
  reasons.push(parsed.reason);
  return null;
}

function isOutside(value: number, lower: number | null, upper: number | null): boolean {
  return (lower !== null && value < lower) || (upper !== null && value > upper);
}
