import { computeXmr } from "@pcc/domain";
import type { Month } from "../src/index.ts";
import { seriesOf } from "./seriesOf.ts";

export interface ChartPoint {
  value: number;
  centre: number;
  lower: number;
  upper: number;
}

/**
 * The XmR chart the product will draw for a metric (the domain's computeXmr: mean ± 2.66 × mean moving
 * range over the whole series, recalculated at declared process changes), read month by month.
 */
export function controlChart(
  metricId: string,
  area = "force",
  recalculateAt: Month[] = [],
): (m: Month) => ChartPoint {
  const series = seriesOf(metricId, area);
  const result = computeXmr(
    series.months.map((period, i) => ({ period, value: series.values[i]! })),
    { polarity: "NEUTRAL", recalculateAt },
  );
  return (month) => {
    const point = result.points.find((p) => p.period === month);
    if (!point) throw new Error(`${metricId}: no ${month}`);
    const segment = result.segments[point.segmentIndex]!;
    return { value: point.value, centre: segment.centre, lower: segment.lower, upper: segment.upper };
  };
}
