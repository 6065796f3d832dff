import { MIN_PEERS_FOR_RANK } from "@pcc/domain";

export type ComparatorKind = "FORCE" | "MSG_AVERAGE" | "NATIONAL";
export type Polarity = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NEUTRAL";

export interface BenchmarkInput {
  value: number;
  lower?: number | null;
  upper?: number | null;
  periodEnd: string;
  illustrative: boolean;
  /** A rank the source states ("the lowest force nationally": 1 of 43). */
  rank?: number | null;
  rankOutOf?: number | null;
  comparator: { code: string; name: string; kind: ComparatorKind; isHomeForce: boolean };
}

export interface BenchmarkBar {
  name: string;
  code: string;
  value: number;
  kind: ComparatorKind;
  isHome: boolean;
  illustrative: boolean;
  /** Distances below and above the value, as Recharts' ErrorBar wants them; null without an interval. */
  errorRange: [number, number] | null;
  lower: number | null;
  upper: number | null;
  /** The month the figure runs to: the force's own latest figure may be newer than its peers'. */
  periodEnd: string;
  /**
   * Position among forces only (the MSG average and national figure are reference lines, not ranked):
   * computed among at least MIN_PEERS_FOR_RANK other forces, else the rank the source states, else null.
   */
  rank: number | null;
  rankOutOf: number | null;
}

export interface HomeLatest {
  name: string;
  value: number;
  periodEnd: string;
  illustrative: boolean;
  lower?: number | null;
  upper?: number | null;
}

/**
 * Peers' published figures often lack the force's own (the report sets its latest survey result beside
 * peers' "12 months to Dec 22"); the force's latest observation then stands in, with its own month.
 */
function withHomeForce(benchmarks: BenchmarkInput[], home: HomeLatest | null | undefined): BenchmarkInput[] {
  if (!home || benchmarks.length === 0 || benchmarks.some((b) => b.comparator.isHomeForce)) return benchmarks;
  const comparator = { code: "home", name: home.name, kind: "FORCE" as const, isHomeForce: true };
  return [
    ...benchmarks,
    {
      value: home.value,
      lower: home.lower,
      upper: home.upper,
      periodEnd: home.periodEnd,
      illustrative: home.illustrative,
      comparator,
    },
  ];
}

/** The newest period any benchmark covers (months compare as strings: YYYY-MM). */
export function latestBenchmarkPeriod(benchmarks: readonly BenchmarkInput[]): string | null {
  return benchmarks.reduce<string | null>(
    (max, b) => (max === null || b.periodEnd > max ? b.periodEnd : max),
    null,
  );
}

/**
 * Bars for one period, best first given the metric's polarity (lowest first when lower is better;
 * highest first otherwise, including neutral metrics), so rank reads top to bottom.
 */
export function toBenchmarkBars(
  benchmarks: readonly BenchmarkInput[],
  polarity: Polarity,
  periodEnd: string,
  homeLatest?: HomeLatest | null,
): BenchmarkBar[] {
  const sign = polarity === "LOWER_IS_BETTER" ? 1 : -1;
  const inPeriod = withHomeForce(
    benchmarks.filter((b) => b.periodEnd === periodEnd),
    homeLatest,
  );
  const forceCount = inPeriod.filter((b) => b.comparator.kind === "FORCE").length;
  const stated = new Map(inPeriod.map((b) => [b.comparator.code, b]));
  return inPeriod
    .map(
      (b): Omit<BenchmarkBar, "rank" | "rankOutOf"> => ({
        name: b.comparator.name,
        code: b.comparator.code,
        value: b.value,
        kind: b.comparator.kind,
        isHome: b.comparator.isHomeForce,
        illustrative: b.illustrative,
        periodEnd: b.periodEnd,
        lower: b.lower ?? null,
        upper: b.upper ?? null,
        errorRange:
          b.lower != null && b.upper != null
            ? ([b.value - b.lower, b.upper - b.value] as [number, number])
            : null,
      }),
    )
    .sort((a, b) => (a.value - b.value) * sign || a.name.localeCompare(b.name))
    .map(
      forceCount - 1 >= MIN_PEERS_FOR_RANK
        ? withForceRank(forceCount)
        : (bar) => ({
            ...bar,
            rank: stated.get(bar.code)?.rank ?? null,
            rankOutOf: stated.get(bar.code)?.rankOutOf ?? null,
          }),
    );
}

function withForceRank(outOf: number) {
  let rank = 0;
  return (bar: Omit<BenchmarkBar, "rank" | "rankOutOf">): BenchmarkBar =>
    bar.kind === "FORCE"
      ? { ...bar, rank: ++rank, rankOutOf: outOf }
      : { ...bar, rank: null, rankOutOf: null };
}

/** The force's gap to the MSG average in each period where both exist, oldest first. */
export function gapToMsgAverage(benchmarks: readonly BenchmarkInput[]): { periodEnd: string; gap: number }[] {
  const home = new Map<string, number>();
  const average = new Map<string, number>();
  for (const b of benchmarks) {
    if (b.comparator.isHomeForce) home.set(b.periodEnd, b.value);
    if (b.comparator.kind === "MSG_AVERAGE") average.set(b.periodEnd, b.value);
  }
  return [...home.entries()]
    .filter(([period]) => average.has(period))
    .map(([periodEnd, value]) => ({ periodEnd, gap: value - (average.get(periodEnd) ?? 0) }))
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}
