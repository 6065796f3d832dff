/**
 * Values by month for buildMetric's `observations`, the last value in `lastMonth` (YYYY-MM) and each
 * one before it a month earlier: monthlySeries("2023-03", [8.1, 7.5]) is { "2023-02": 8.1, "2023-03": 7.5 }.
 */
export function monthlySeries(lastMonth: string, values: number[]): Record<string, number> {
  const [year, month] = lastMonth.split("-").map(Number);
  const series: Record<string, number> = {};
  for (const [i, value] of values.entries()) {
    const at = new Date(Date.UTC(year!, month! - 1 - (values.length - 1 - i), 1));
    series[at.toISOString().slice(0, 7)] = value;
  }
  return series;
}
