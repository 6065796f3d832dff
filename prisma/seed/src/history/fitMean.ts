import { round } from "./round.ts";

/**
 * Shifts the unfixed values in [from..to] by one constant so their mean with the fixed ones equals
 * `target` at `decimals` places (the report's "average of 7m 34 secs"), putting the rounding residue on
 * the first unfixed value. Mutates and returns `values`.
 */
export function fitMean(
  values: number[],
  from: number,
  to: number,
  target: number,
  decimals: number,
  fixed: number[] = [],
): number[] {
  const free: number[] = [];
  let sum = 0;
  for (let i = from; i <= to; i++) {
    sum += values[i]!;
    if (!fixed.includes(i)) free.push(i);
  }
  const wanted = target * (to - from + 1);
  const shift = (wanted - sum) / free.length;
  for (const i of free) values[i] = round(values[i]! + shift, decimals);
  let after = 0;
  for (let i = from; i <= to; i++) after += values[i]!;
  values[free[0]!] = round(values[free[0]!]! + wanted - after, decimals);
  return values;
}
