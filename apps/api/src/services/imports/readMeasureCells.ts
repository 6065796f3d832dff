import { parseDuration } from "@pcc/domain";
import type { MetricUnitName } from "../../data/imports/referenceTypes.ts";
import { checkValueForUnit } from "./checkValueForUnit.ts";
import { parseNumberCell } from "./parseNumberCell.ts";

export interface MeasureCells {
  value: number | null;
  lower: number | null;
  upper: number | null;
  reasons: string[];
}

/**
 * Reads value, lower and upper (a confidence interval, for survey measures). The value is
 * required and must fit the metric's unit when the metric is known; an interval must not be
 * upside down and must contain the value it is drawn around. A metric measured in seconds also
 * takes durations as the app and the report write them ("9:45", "1:54:53", "11m 41s").
 */
export function readMeasureCells(cells: Record<string, string>, unit: MetricUnitName | null): MeasureCells {
  const reasons: string[] = [];
  const value = readNumber(cells, "value", unit, reasons);
  const lower = readNumber(cells, "lower", unit, reasons);
  const upper = readNumber(cells, "upper", unit, reasons);
  if ((cells.value ?? "").trim() === "") reasons.push("value is blank");
  if (value !== null && unit) {
    const outOfRange = checkValueForUnit(value, unit);
    if (outOfRange) reasons.push(outOfRange);
  }
  if (lower !== null && upper !== null && lower > upper) {
    reasons.push(`lower ${lower} > upper ${upper}`);
  } else if (value !== null && isOutside(value, lower, upper)) {
    reasons.push(`value ${value} lies outside its interval ${lower ?? "…"}–${upper ?? "…"}`);
  }
  return { value, lower, upper, reasons };
}

// A plain function, not a closure: this runs three times per row of a 100,000-row file.
// Plain numbers take the fast path; a duration is only tried when the cell is not one.
function readNumber(
  cells: Record<string, string>,
  column: string,
  unit: MetricUnitName | null,
  reasons: string[],
): number | null {
  const text = cells[column] ?? "";
  const parsed = parseNumberCell(text, column);
  if (parsed.ok) return parsed.value;
  const seconds = parseDuration(text);
  if (unit === "SECONDS" && seconds !== null) return seconds;
  reasons.push(
    unit === "SECONDS" ? notADuration(column, text) : withDurationHint(parsed.reason, unit, seconds),
  );
  return null;
}

function notADuration(column: string, text: string): string {
  return `${column} "${text.trim()}" is neither seconds nor a duration written m:ss, h:mm:ss or 11m 41s`;
}

// "9:45" against a percentage is a duration in the wrong column, not a typo: say so.
function withDurationHint(reason: string, unit: MetricUnitName | null, seconds: number | null): string {
  if (seconds === null || unit === null) return reason;
  return `${reason}: a duration, but this metric is measured in ${UNIT_WORDS[unit]}`;
}

const UNIT_WORDS: Record<MetricUnitName, string> = {
  PERCENT: "percent",
  SECONDS: "seconds",
  COUNT: "counts",
  DAYS: "days",
  RATE_PER_1000: "a rate per 1,000",
};

function isOutside(value: number, lower: number | null, upper: number | null): boolean {
  return (lower !== null && value < lower) || (upper !== null && value > upper);
}
