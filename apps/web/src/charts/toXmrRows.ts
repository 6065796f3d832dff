import { monthLabel } from "../format/monthLabel";

export interface XmrSeriesInput {
  periods: readonly string[];
  values: readonly number[];
  lower: readonly (number | null)[];
  upper: readonly (number | null)[];
  illustrative: readonly boolean[];
}

export interface XmrSpcInput {
  points: readonly {
    periodEnd: string;
    special: boolean;
    signal?: string | null;
    rules: readonly string[];
  }[];
  segments: readonly {
    start: string;
    end: string;
    centre: number;
    upper: number;
    lower: number;
    isTrial: boolean;
    label?: string | null;
  }[];
}

export type PointSignal = "IMPROVEMENT" | "CONCERN" | "NEUTRAL" | null;

/** One chart row. Limits are keyed per segment (centre_0, upper_1 …) so a process change breaks the lines. */
export interface XmrRow {
  period: string;
  label: string;
  value: number;
  special: boolean;
  signal: PointSignal;
  rules: readonly string[];
  illustrative: boolean;
  segment: number | null;
  centre: number | null;
  upper: number | null;
  lower: number | null;
  ciRange: [number, number] | null;
  [segmentKey: `${"centre" | "upper" | "lower"}_${number}`]: number | undefined;
}

export interface XmrChartData {
  rows: XmrRow[];
  segmentCount: number;
  /** Months where a declared process change starts a new segment, with its label. */
  processChanges: { label: string; period: string; periodLabel: string }[];
}

function segmentIndex(period: string, segments: XmrSpcInput["segments"]): number | null {
  const i = segments.findIndex((s) => s.start <= period && period <= s.end);
  return i === -1 ? null : i;
}

/**
 * Joins a metric's series with its XmR result into chart rows: value, the limits of the segment the
 * month falls in, the special-cause classification, and the survey confidence interval where given.
 * Months compare as strings because they are written YYYY-MM. `labelFor` names a row's period: the
 * month ("Mar-23") by default, the quarter ("Oct to Dec 22") for quarterly figures.
 */
export function toXmrRows(
  series: XmrSeriesInput,
  spc: XmrSpcInput | null | undefined,
  labelFor: (period: string) => string = monthLabel,
): XmrChartData {
  const segments = spc?.segments ?? [];
  const byPeriod = new Map((spc?.points ?? []).map((p) => [p.periodEnd, p]));
  const rows = series.periods.map((period, i): XmrRow => {
    const seg = segmentIndex(period, segments);
    const limits = seg === null ? undefined : segments[seg];
    const point = byPeriod.get(period);
    const lo = series.lower[i];
    const hi = series.upper[i];
    const row: XmrRow = {
      period,
      label: labelFor(period),
      value: series.values[i] ?? Number.NaN,
      special: point?.special ?? false,
      signal: point?.special ? ((point.signal ?? "NEUTRAL") as PointSignal) : null,
      rules: point?.rules ?? [],
      illustrative: series.illustrative[i] ?? false,
      segment: seg,
      centre: limits?.centre ?? null,
      upper: limits?.upper ?? null,
      lower: limits?.lower ?? null,
      ciRange: lo != null && hi != null ? [lo, hi] : null,
    };
    if (limits && seg !== null) {
      row[`centre_${seg}`] = limits.centre;
      row[`upper_${seg}`] = limits.upper;
      row[`lower_${seg}`] = limits.lower;
    }
    return row;
  });
  const processChanges = segments
    .filter((s) => s.label)
    .map((s) => ({ label: s.label as string, period: s.start, periodLabel: monthLabel(s.start) }));
  return { rows, segmentCount: segments.length, processChanges };
}
