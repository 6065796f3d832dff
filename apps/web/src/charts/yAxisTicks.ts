import { niceTicks, type TickScale } from "./niceTicks";
import type { XmrChartData } from "./toXmrRows";

/** How a metric's unit is counted on an axis: seconds as clock readings, counts whole. */
export function tickScaleFor(unit: string): TickScale {
  if (unit === "SECONDS") return "duration";
  return unit === "COUNT" ? "whole" : "decimal";
}

/**
 * The XmR chart's value-axis ticks at round values, covering every value, centre line, limit,
 * confidence bound and the target, so no line is drawn off the axis.
 * Example: priority response (mean) with its 1-hour SLA → 45:00, 1:00:00, 1:15:00 … 2:00:00.
 */
export function yAxisTicks(
  data: XmrChartData,
  target: number | null | undefined,
  scale: TickScale,
): number[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const include = (value: number | null | undefined) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return;
    min = Math.min(min, value);
    max = Math.max(max, value);
  };
  for (const row of data.rows) {
    include(row.value);
    include(row.ciRange?.[0]);
    include(row.ciRange?.[1]);
    for (let i = 0; i < data.segmentCount; i++) {
      include(row[`centre_${i}`]);
      include(row[`upper_${i}`]);
      include(row[`lower_${i}`]);
    }
  }
  include(target);
  return niceTicks(min, max, scale);
}
