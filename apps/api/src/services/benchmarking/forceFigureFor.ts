import type { BenchmarkRecord, ObservationRecord } from "../../data/records.ts";

export interface ForceFigure {
  value: number;
  periodStart: string;
  periodEnd: string;
  lower: number | null;
  upper: number | null;
  illustrative: boolean;
}

/**
 * The force's own figure to set beside its comparators. A benchmark row for the force itself comes
 * first; otherwise its observation for the same period, if that is a published figure; otherwise its
 * latest published figure (the report sets its Feb-23 survey result beside peers' "12 months to Dec 22"),
 * falling back to the latest value of any kind. `series` is the headline series, oldest first, up to the period.
 */
export function forceFigureFor(
  homeRow: BenchmarkRecord | undefined,
  reference: { periodStart: string; periodEnd: string },
  series: readonly ObservationRecord[],
): ForceFigure | null {
  if (homeRow) return { ...pick(homeRow), illustrative: homeRow.illustrative };
  const same = series.find(
    (o) => o.periodStart === reference.periodStart && o.periodEnd === reference.periodEnd && !o.illustrative,
  );
  const chosen = same ?? series.findLast((o) => !o.illustrative) ?? series.at(-1);
  return chosen ? { ...pick(chosen), illustrative: chosen.illustrative } : null;
}

const pick = (r: BenchmarkRecord | ObservationRecord) => ({
  value: r.value,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  lower: r.lower,
  upper: r.upper,
});
