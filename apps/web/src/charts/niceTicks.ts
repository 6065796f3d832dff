/** How the axis's values are counted, which decides what a round step is. */
export type TickScale = "duration" | "whole" | "decimal";

// Round steps for seconds, as a clock reads them: 0:05, 0:15, 0:30, 1:00, 5:00, 15:00, 30:00, 1:00:00 …
const DURATION_STEPS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];
// 1, 2, 2.5 and 5 times a power of ten: the steps people read an axis in (Heckbert's "nice numbers").
const DECIMAL_MANTISSAS = [1, 2, 2.5, 5, 10];

/**
 * Axis ticks at round values that cover [min, max] with at most `maxTicks` steps between the first
 * and last tick: durations step in clock units (0:30, 1:00, 1:30), counts in whole numbers, others in
 * 1, 2, 2.5 or 5 × 10ⁿ. The first tick is at or below min and the last at or above max.
 * @example niceTicks(40, 170, "duration") // [30, 60, 90, 120, 150, 180]: 0:30, 1:00, 1:30 … 3:00
 * @example niceTicks(6.6, 9.1, "decimal") // [6.5, 7, 7.5, 8, 8.5, 9, 9.5]
 */
export function niceTicks(min: number, max: number, scale: TickScale, maxTicks = 6): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return [];
  const span = max - min || Math.abs(max) || 1;
  const step = stepFor(span / maxTicks, scale);
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Counted rather than summed, so 0.1-sized steps do not drift (0.30000000000000004).
  const count = Math.round((last - first) / step);
  for (let i = 0; i <= count; i++) ticks.push(roundTo(first + i * step, step));
  return ticks.length > 1
    ? ticks
    : [roundTo(first - step, step), ticks[0] ?? first, roundTo(first + step, step)];
}

function stepFor(rough: number, scale: TickScale): number {
  if (scale === "duration") {
    const step = DURATION_STEPS.find((s) => s >= rough);
    return step ?? Math.ceil(rough / 86400) * 86400;
  }
  const power = 10 ** Math.floor(Math.log10(rough));
  const mantissa = DECIMAL_MANTISSAS.find((m) => m * power >= rough) ?? 10;
  const step = mantissa * power;
  return scale === "whole" ? Math.max(1, Math.ceil(step)) : step;
}

function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(decimals));
}
