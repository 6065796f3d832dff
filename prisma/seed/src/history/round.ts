/** Rounds to `decimals` places, returning a clean float (round(0.1 + 0.2, 1) = 0.3). */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
