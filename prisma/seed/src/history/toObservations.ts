import { addMonths } from "@pcc/domain";
import type { SeedObservation } from "../types.ts";
import { ILLUSTRATIVE_RELEASE } from "./ILLUSTRATIVE_RELEASE.ts";
import type { Series } from "./Series.ts";

export interface ToObservationsOptions {
  area?: string;
  /** 12 for a rolling 12 months series: each point covers the 12 months to its month. */
  spanMonths?: number;
  /** Survey margin of error in points, stored as a confidence interval around each value. */
  margin?: number;
}

/** Turns an illustrative series into observations, each marked illustrative. */
export function toObservations(
  metricId: string,
  series: Series,
  options: ToObservationsOptions = {},
): SeedObservation[] {
  const span = options.spanMonths ?? 1;
  const margin = options.margin;
  return series.months.map((month, i) => {
    const value = series.values[i]!;
    return {
      metricId,
      area: options.area ?? "force",
      breakdown: "",
      periodStart: addMonths(month, 1 - span),
      periodEnd: month,
      value,
      ...(margin === undefined
        ? {}
        : {
            lower: Math.round((value - margin) * 10) / 10,
            upper: Math.round((value + margin) * 10) / 10,
          }),
      sourceRelease: ILLUSTRATIVE_RELEASE,
      illustrative: true,
    };
  });
}
