/** Sum of values[from..to] inclusive. */
export function sumOver(values: number[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += values[i]!;
  return sum;
}
