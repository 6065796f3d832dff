const STEPS = [1, 2, 2.5, 5];

/**
 * A value axis from 0 in at most five round steps that reaches past every bar and interval:
 * 80.7 → 0, 20, … 100; 63 → 0, 20, … 80; 250 → 0, 50, … 250.
 */
export function benchmarkAxis(max: number, maxSteps = 5): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const power = 10 ** Math.floor(Math.log10(max / maxSteps));
  const step =
    STEPS.map((s) => s * power)
      .concat(10 * power)
      .find((s) => max / s <= maxSteps) ?? 10 * power;
  const count = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks.at(-1) ?? max, ticks };
}
