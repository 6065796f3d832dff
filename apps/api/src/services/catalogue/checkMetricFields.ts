import type { MetricRecord } from "../../data/records.ts";
import type { MetricRowFields } from "../../data/repositories/metricCatalogueWrites.ts";
import { valueFitsUnit } from "../metrics/valueFitsUnit.ts";
import type { FieldChecks } from "../shared/FieldChecks.ts";
import type { MetricFieldsInput } from "./MetricFieldsInput.ts";
import { SPC_SETTING_RULES } from "./SPC_SETTING_RULES.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const REQUIRED = ["name", "unit", "polarity", "basis", "dataSource"] as const;
const TEXT_LIMITS = {
  name: 200,
  description: 2000,
  targetLabel: 200,
  targetSetBy: 100,
  dataSource: 300,
  sourceUrl: 500,
  lagNote: 500,
} as const;

/**
 * Checks the fields given (each named `input.<field>`), and the target rules on the metric as it
 * would be after the change (`current` for an update, nothing for a new metric); returns the row
 * changes, text trimmed and blanks cleared.
 */
export function checkMetricFields(
  checks: FieldChecks,
  input: MetricFieldsInput,
  current: MetricRecord | null,
): MetricRowFields {
  for (const field of REQUIRED) {
    const isGiven = input[field] !== undefined;
    if ((current === null || isGiven) && (input[field] === null || input[field] === undefined))
      checks.fail(`input.${field}`, "is required");
  }
  const fields: MetricRowFields = {};
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    const value = input[field];
    const isRequired = REQUIRED.includes(field as (typeof REQUIRED)[number]);
    // A required field left empty has already been named above.
    if (value === undefined || (value === null && isRequired)) continue;
    checks.text(value, `input.${field}`, max, isRequired);
    (fields as Record<string, unknown>)[field] = value?.trim() || null;
  }
  for (const field of ["unit", "polarity", "basis", "changeBasis"] as const) {
    if (input[field] != null) (fields as Record<string, unknown>)[field] = input[field];
  }
  if (input.sourceUrl?.trim() && !/^https?:\/\/\S+$/.test(input.sourceUrl.trim()))
    checks.fail("input.sourceUrl", "must be a web address starting http:// or https://");
  checkLagAndCapture(checks, input, fields);
  checkSpcSettings(checks, input, fields);
  checkTarget(checks, input, fields, current);
  return fields;
}

function checkLagAndCapture(checks: FieldChecks, input: MetricFieldsInput, fields: MetricRowFields) {
  if (input.reportingLagMonths !== undefined) {
    const lag = input.reportingLagMonths ?? 0;
    if (!Number.isInteger(lag) || lag < 0 || lag > 24)
      checks.fail("input.reportingLagMonths", "must be a whole number of months from 0 to 24");
    fields.reportingLagMonths = lag;
  }
  if (input.dataCaptureStart !== undefined) {
    const month = input.dataCaptureStart?.trim() || null;
    if (month !== null && !MONTH.test(month))
      checks.fail("input.dataCaptureStart", "must be a month written YYYY-MM, e.g. 2022-07");
    fields.dataCaptureStart = month;
  }
}

function checkSpcSettings(checks: FieldChecks, input: MetricFieldsInput, fields: MetricRowFields) {
  const { minRunLength, maxRunLength, minBaselinePoints, maxBaselinePoints, twoOfThreeRules } =
    SPC_SETTING_RULES;
  for (const field of ["spcRunLength", "spcTrendLength"] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value !== null && (!Number.isInteger(value) || value < minRunLength || value > maxRunLength))
      checks.fail(
        `input.${field}`,
        `must be a whole number of points from ${minRunLength} to ${maxRunLength}, or empty for the default`,
      );
    fields[field] = value;
  }
  if (input.spcBaselinePoints !== undefined) {
    const value = input.spcBaselinePoints;
    if (
      value !== null &&
      (!Number.isInteger(value) || value < minBaselinePoints || value > maxBaselinePoints)
    )
      checks.fail(
        "input.spcBaselinePoints",
        `must be a whole number of at least ${minBaselinePoints} points, or empty to use every point`,
      );
    fields.spcBaselinePoints = value;
  }
  if (input.spcTwoOfThreeRule !== undefined) {
    const rule = input.spcTwoOfThreeRule?.trim() || null;
    if (rule !== null && !(twoOfThreeRules as readonly string[]).includes(rule))
      checks.fail(
        "input.spcTwoOfThreeRule",
        `must be ${twoOfThreeRules.join(" or ")}, or empty for the default`,
      );
    fields.spcTwoOfThreeRule = rule as MetricRecord["spcTwoOfThreeRule"];
  }
}

/** A target or SLA needs a value and a kind together; an SLA needs its label; the value fits the unit. */
function checkTarget(
  checks: FieldChecks,
  input: MetricFieldsInput,
  fields: MetricRowFields,
  current: MetricRecord | null,
) {
  if (input.target !== undefined) fields.target = input.target;
  if (input.targetKind !== undefined) fields.targetKind = input.targetKind;
  const after = { ...current, ...fields };
  const target = after.target ?? null;
  const kind = after.targetKind ?? null;
  if (kind !== null && target === null)
    checks.fail("input.target", `an ${kind === "SLA" ? "SLA" : "target"} needs a value`);
  if (target !== null && kind === null)
    checks.fail("input.targetKind", "say whether the value is a TARGET or an SLA");
  if (kind === "SLA" && !after.targetLabel?.trim())
    checks.fail("input.targetLabel", "an SLA needs its wording, e.g. 'SLA of 1 hour'");
  const unit = after.unit;
  if (target !== null && unit) {
    const problem = valueFitsUnit(unit, target);
    if (problem && unit !== "COUNT") checks.fail("input.target", problem);
    if (unit === "COUNT" && target < 0) checks.fail("input.target", "must be 0 or more");
  }
}
