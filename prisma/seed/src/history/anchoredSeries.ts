import { monthRange } from "@pcc/domain";
import type { Month } from "../types.ts";
import { createRandom } from "../util/createRandom.ts";
import { round } from "./round.ts";
import type { Series } from "./Series.ts";

export interface AnchoredSeriesOptions {
  from: Month;
  to: Month;
  /** Points the underlying level passes through; linear between them, flat beyond the first and last. */
  anchors: [Month, number][];
  /** Half-width of the uniform noise added to unpinned months, in the metric's unit. */
  noise: number;
  decimals: number;
  /** Relative amplitude of a yearly cycle peaking in July (0.1 = ±10%). */
  seasonal?: number;
  /** Multipliers for months with a known shift in level, e.g. covid lows. */
  factors?: Record<Month, number>;
  /** Exact values: report figures and the illustrative points statements depend on. */
  pins?: Record<Month, number>;
}

function levelAt(index: number, months: Month[], anchors: [Month, number][]): number {
  const points = anchors.map(([m, v]) => [months.indexOf(m), v] as const).sort((a, b) => a[0] - b[0]);
  const first = points[0]!;
  if (index <= first[0]) return first[1];
  for (let k = 1; k < points.length; k++) {
    const [i1, v1] = points[k]!;
    const [i0, v0] = points[k - 1]!;
    if (index <= i1) return v0 + ((v1 - v0) * (index - i0)) / (i1 - i0);
  }
  return points[points.length - 1]![1];
}

/**
 * A deterministic illustrative monthly series: a level through the anchors, a yearly cycle, known shifts,
 * seeded uniform noise, then the pinned values. The seed makes each metric's history reproducible.
 */
export function anchoredSeries(seed: string, options: AnchoredSeriesOptions): Series {
  const random = createRandom(seed);
  const months = monthRange(options.from, options.to);
  const values = months.map((month, i) => {
    const calendarMonth = Number(month.slice(5));
    const season = 1 + (options.seasonal ?? 0) * Math.cos((2 * Math.PI * (calendarMonth - 7)) / 12);
    const level = levelAt(i, months, options.anchors) * season * (options.factors?.[month] ?? 1);
    const noisy = level + (random() * 2 - 1) * options.noise;
    return round(options.pins?.[month] ?? noisy, options.decimals);
  });
  return { months, values };
}
