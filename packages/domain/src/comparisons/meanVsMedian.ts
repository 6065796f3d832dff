import { formatSla } from "../format/formatSla.ts";
import { formatValue } from "../format/formatValue.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";

/** A mean this far (as a share of the median) from the median counts as skewed. */
const SKEW_THRESHOLD = 0.1;

/**
 * Mean against median: a mean well above the median means a few long values (outliers) are pulling
 * the average up — the report's "Logs over 10 hours are skewing the average. The median is also
 * increasing but within the SLA of 1 hour at 46:56". Skew is called when they differ by more than
 * 10% of the median. With an SLA, the note says whether the median is within it.
 * @param unit defaults to SECONDS (response and answer times)
 * @example meanVsMedian(6893, 2816, 3600).note
 *   // "Outliers are skewing the average: the mean is 1:54:53 against a median of 46:56. The median is within the SLA of 1 hour."
 */
export function meanVsMedian(
  mean: number,
  median: number,
  slaSeconds?: number | null,
  unit: MetricUnit = "SECONDS",
): { skew: "RIGHT" | "LEFT" | "NONE"; note: string } {
  const gap = mean - median;
  const scale = Math.abs(median) || Math.abs(mean) || 1;
  const skew = gap > SKEW_THRESHOLD * scale ? "RIGHT" : gap < -SKEW_THRESHOLD * scale ? "LEFT" : "NONE";
  const pair = `the mean is ${formatValue(mean, unit)} against a median of ${formatValue(median, unit)}`;
  const lead =
    skew === "RIGHT"
      ? `Outliers are skewing the average: ${pair}.`
      : skew === "LEFT"
        ? `Low outliers are pulling the average down: ${pair}.`
        : `The mean and median agree: ${pair}.`;
  if (slaSeconds === null || slaSeconds === undefined) return { skew, note: lead };
  const within = median <= slaSeconds ? "within" : "breaching";
  return { skew, note: `${lead} The median is ${within} the SLA of ${formatSla(slaSeconds)}.` };
}
