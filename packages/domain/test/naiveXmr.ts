// A deliberately plain, object-based XmR written straight from the NHSRplotthedots definitions,
// independent of the typed-array kernel. Tests cross-check the kernel against it; the benchmark
// uses it as the baseline. Single segment, no gaps, whole series as baseline.

export interface NaivePoint {
  value: number;
  rules: string[];
}

export function naiveXmr(
  values: number[],
  opts: { runLength: number; trendLength: number; countOutside: boolean },
): { centre: number; lower: number; upper: number; points: NaivePoint[] } {
  const centre = values.reduce((a, b) => a + b, 0) / values.length;
  const ranges = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  const amr = ranges.reduce((a, b) => a + b, 0) / ranges.length;
  const upper = centre + 2.66 * amr;
  const lower = centre - 2.66 * amr;
  const upper2 = centre + (2 / 3) * 2.66 * amr;
  const lower2 = centre - (2 / 3) * 2.66 * amr;
  const points: NaivePoint[] = values.map((value) => ({ value, rules: [] }));
  const add = (i: number, rule: string) => {
    if (!points[i]!.rules.includes(rule)) points[i]!.rules.push(rule);
  };
  values.forEach((v, i) => {
    if (v > upper) add(i, "OUTSIDE_LIMITS:HIGH");
    if (v < lower) add(i, "OUTSIDE_LIMITS:LOW");
  });
  // Every window of trendLength points, each step strictly up (or down): flag the window.
  for (let s = 0; s + opts.trendLength <= values.length; s++) {
    const w = values.slice(s, s + opts.trendLength);
    const steps = w.slice(1).map((v, k) => Math.sign(v - w[k]!));
    for (const [sign, name] of [
      [1, "TREND:HIGH"],
      [-1, "TREND:LOW"],
    ] as const) {
      if (steps.every((x) => x === sign)) for (let k = s; k < s + opts.trendLength; k++) add(k, name);
    }
  }
  // Every full window of three strictly on one side of the centre (NHSRplotthedots ptd_two_in_three:
  // abs(sum(relative_to_mean)) == 3) with two or more beyond that side's 2-sigma line flags those points.
  for (let s = 0; s + 3 <= values.length; s++) {
    const idx = [s, s + 1, s + 2];
    const high = idx.filter((k) => values[k]! > upper2 && (opts.countOutside || values[k]! <= upper));
    const low = idx.filter((k) => values[k]! < lower2 && (opts.countOutside || values[k]! >= lower));
    if (idx.every((k) => values[k]! > centre) && high.length >= 2)
      for (const k of high) add(k, "TWO_OF_THREE:HIGH");
    if (idx.every((k) => values[k]! < centre) && low.length >= 2)
      for (const k of low) add(k, "TWO_OF_THREE:LOW");
  }
  // Every window of runLength points strictly on one side of the centre flags the window.
  for (let s = 0; s + opts.runLength <= values.length; s++) {
    const w = values.slice(s, s + opts.runLength);
    if (w.every((v) => v > centre)) for (let k = s; k < s + opts.runLength; k++) add(k, "SHIFT:HIGH");
    if (w.every((v) => v < centre)) for (let k = s; k < s + opts.runLength; k++) add(k, "SHIFT:LOW");
  }
  return { centre, lower, upper, points };
}
