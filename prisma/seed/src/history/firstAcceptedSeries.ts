import { computeXmr } from "@pcc/domain";
import type { Month } from "../types.ts";
import type { Series } from "./Series.ts";

const MAX_TRIES = 400;

/**
 * The first series `build` draws, seed `id`, then `id#1`, `id#2` …, whose XmR chart flags special cause
 * only in `allowed` months: how a statement such as "stable long term" or "two exceptionally high months
 * in 2021" is made to hold for every month of generated noise, not only for the months it names.
 * Deterministic: the same inputs always give the same series.
 */
export function firstAcceptedSeries(
  id: string,
  build: (seed: string) => Series,
  allowed: Month[] = [],
  chart: { fixAfterPoints?: number; recalculateAt?: Month[] } = {},
): Series {
  const permitted = new Set(allowed);
  for (let k = 0; k < MAX_TRIES; k++) {
    const series = build(k === 0 ? id : `${id}#${k}`);
    const { points } = computeXmr(
      series.months.map((period, i) => ({ period, value: series.values[i]! })),
      { polarity: "NEUTRAL", ...chart },
    );
    if (points.every((p) => !p.special || permitted.has(p.period))) return series;
  }
  throw new Error(
    `firstAcceptedSeries: no draw of ${id} in ${MAX_TRIES} is special only in ${allowed.join(", ")}`,
  );
}
