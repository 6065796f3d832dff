import { formatChange } from "../format/formatChange.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";
import { addMonths } from "../periods/addMonths.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import { spanLabel } from "../periods/spanLabel.ts";
import type { Change } from "./Change.ts";
import type { ChangeBasis } from "./ChangeBasis.ts";
import type { ChangePoint } from "./ChangePoint.ts";
import { changeFrom } from "./changeFrom.ts";
import type { MetricBasis } from "./MetricBasis.ts";
import type { MetricChange } from "./MetricChange.ts";

export interface HeadlineChangeInput {
  points: ChangePoint[];
  period: MonthKey;
  unit: MetricUnit;
  basis: MetricBasis;
  changeBasis: ChangeBasis;
  /** Survey margin of error in the metric's units: the change is significant beyond it. */
  marginOfError?: number | null;
}

interface Span {
  from: MonthKey;
  to: MonthKey;
}
interface Plan {
  current: Span;
  base: Span;
  /** Sum (monthly counts over 12 months) or mean (the previous 3 months, monthly rates over 12 months). */
  combine: "single" | "sum" | "mean";
}

const span = (to: MonthKey, months: number): Span => ({ from: addMonths(to, 1 - months), to });
const single = (month: MonthKey): Span => ({ from: month, to: month });

/** The months each side of the comparison covers, and how their values combine. */
function planFor(input: HeadlineChangeInput, changeBasis: MetricChange["changeBasis"]): Plan {
  const { period, basis, unit } = input;
  switch (changeBasis) {
    case "YEAR_ON_YEAR":
      // A rolling or "12 months to" value already covers its 12 months; monthly values are combined.
      if (basis !== "DISCRETE_MONTH")
        return { current: single(period), base: single(addMonths(period, -12)), combine: "single" };
      return {
        current: span(period, 12),
        base: span(addMonths(period, -12), 12),
        combine: unit === "COUNT" ? "sum" : "mean",
      };
    case "SAME_MONTH_LAST_YEAR":
      return { current: single(period), base: single(addMonths(period, -12)), combine: "single" };
    case "PREVIOUS_3_MONTHS":
      return { current: single(period), base: span(addMonths(period, -1), 3), combine: "mean" };
    case "PREVIOUS_QUARTER":
      return { current: single(period), base: single(addMonths(period, -3)), combine: "single" };
  }
}

/** The value's own span: a rolling or "12 months to" figure covers 12 months, a quarter 3. */
function ownSpan(basis: MetricBasis, month: MonthKey): Span {
  if (basis === "ROLLING_12_MONTHS" || basis === "TWELVE_MONTHS_TO") return span(month, 12);
  if (basis === "QUARTER") return span(month, 3);
  return single(month);
}

function collect(byMonth: Map<MonthKey, ChangePoint>, s: Span, combine: Plan["combine"]) {
  let sum = 0;
  let count = 0;
  let illustrative = false;
  for (let m = s.from; m <= s.to; m = addMonths(m, 1)) {
    const point = byMonth.get(m);
    if (!point || !Number.isFinite(point.value)) return null;
    sum += point.value;
    count += 1;
    illustrative ||= point.illustrative === true;
  }
  return { value: combine === "sum" ? sum : sum / count, illustrative };
}

function againstWords(changeBasis: MetricChange["changeBasis"], periodLabel: string, baseLabel: string) {
  switch (changeBasis) {
    case "YEAR_ON_YEAR":
      return `year on year (${periodLabel} against the ${baseLabel})`;
    case "SAME_MONTH_LAST_YEAR":
      return `on ${baseLabel}`;
    case "PREVIOUS_3_MONTHS":
      return `on the previous 3 months (${baseLabel})`;
    case "PREVIOUS_QUARTER":
      return `on the previous quarter (${baseLabel})`;
  }
}

/**
 * The change a metric is judged on, computed from stored months only: null when the basis is NONE or
 * any month it needs is missing, so a change is never computed from fewer months than it claims.
 * @example crime volume (monthly counts), YEAR_ON_YEAR at 2023-03: the sum of Apr-22…Mar-23 against
 * the sum of Apr-21…Mar-22, "+6.1% year on year (12 months to Mar-23 against the 12 months to Mar-22)".
 */
export function headlineChange(input: HeadlineChangeInput): MetricChange | null {
  const { changeBasis } = input;
  if (changeBasis === "NONE") return null;
  const plan = planFor(input, changeBasis);
  const byMonth = new Map(input.points.map((p) => [p.period, p]));
  const current = collect(byMonth, plan.current, plan.combine);
  const base = collect(byMonth, plan.base, plan.combine);
  if (!current || !base) return null;
  const change: Change = changeFrom(current.value, base.value, input.unit, input.marginOfError);
  const periodLabel = labelOf(plan.current, plan.combine, input.basis);
  const baseLabel = labelOf(plan.base, plan.combine, input.basis);
  return {
    ...change,
    changeBasis,
    period: input.period,
    periodLabel,
    baseLabel,
    text: formatChange(change, input.unit),
    against: againstWords(changeBasis, periodLabel, baseLabel),
    illustrative: current.illustrative || base.illustrative,
    // Every base lies before the figure it is compared with.
    usedFrom: plan.base.from,
    usedTo: plan.current.to,
  };
}

function labelOf(s: Span, combine: Plan["combine"], basis: MetricBasis): string {
  if (combine !== "single") return spanLabel(s.from, s.to);
  const own = ownSpan(basis, s.to);
  return spanLabel(own.from, own.to);
}
