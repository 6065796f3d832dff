import type { GraphQLContext } from "../../context.ts";
import type { AreaRecord, MetricRecord } from "../../data/records.ts";
import type { ObservationValues } from "../../data/repositories/observationRepository.ts";
import { FieldChecks } from "../shared/FieldChecks.ts";
import { valueFitsUnit } from "./valueFitsUnit.ts";

export interface ObservationInput {
  metricId: string;
  area?: string | null;
  breakdown?: string | null;
  periodStart: string;
  periodEnd: string;
  value: number;
  lower?: number | null;
  upper?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  note?: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const NOTE_MAX = 2000;

export function checkPeriods(
  checks: FieldChecks,
  input: { periodStart: string; periodEnd: string },
  thisMonth: string,
): void {
  const startOk = MONTH.test(input.periodStart);
  const endOk = MONTH.test(input.periodEnd);
  checks.check(startOk, "input.periodStart", "must be a month written YYYY-MM");
  checks.check(endOk, "input.periodEnd", "must be a month written YYYY-MM");
  if (!startOk || !endOk) return;
  checks.check(input.periodStart <= input.periodEnd, "input.periodStart", "must not be after periodEnd");
  checks.check(input.periodEnd <= thisMonth, "input.periodEnd", "must not be in the future");
}

function checkValue(checks: FieldChecks, metric: MetricRecord | null, input: ObservationInput): void {
  const problem = metric ? valueFitsUnit(metric.unit, input.value) : null;
  if (problem) checks.fail("input.value", problem);
  if (input.lower != null)
    checks.check(input.lower <= input.value, "input.lower", "must not be above the value");
  if (input.upper != null)
    checks.check(input.upper >= input.value, "input.upper", "must not be below the value");
  if (input.numerator != null) checks.check(input.numerator >= 0, "input.numerator", "must be 0 or more");
  if (input.denominator != null)
    checks.check(input.denominator > 0, "input.denominator", "must be more than 0");
  if (input.note != null) checks.text(input.note, "input.note", NOTE_MAX, false);
}

/**
 * Validates an observation: the metric and area exist, the period is real months in order and not
 * in the future, the value fits the unit and lies inside its interval. Throws ValidationFailed.
 */
export async function checkObservationInput(
  ctx: Pick<GraphQLContext, "loaders">,
  input: ObservationInput,
): Promise<{ metric: MetricRecord; values: ObservationValues }> {
  const checks = new FieldChecks();
  const [metric, areas] = await Promise.all([
    ctx.loaders.metricById.load(input.metricId),
    ctx.loaders.areas.load("all"),
  ]);
  checks.check(metric !== null, "input.metricId", `metric ${input.metricId} does not exist`);
  const areaCode = input.area ?? "force";
  const area: AreaRecord | undefined = areas.find((a) => a.code === areaCode);
  checks.check(area !== undefined, "input.area", `area ${areaCode} does not exist`);
  checks.text(input.breakdown ?? "", "input.breakdown", 200, false);
  checkPeriods(checks, input, new Date().toISOString().slice(0, 7));
  checkValue(checks, metric, input);
  checks.throwIfAny();
  const values: ObservationValues = {
    metricId: metric!.id,
    areaId: area!.id,
    breakdown: input.breakdown?.trim() ?? "",
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    value: input.value,
    lower: input.lower ?? null,
    upper: input.upper ?? null,
    numerator: input.numerator ?? null,
    denominator: input.denominator ?? null,
    note: input.note?.trim() || null,
  };
  return { metric: metric!, values };
}
