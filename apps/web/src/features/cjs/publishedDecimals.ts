/**
 * How many decimals the figures are published with (at most 2): the CJS dashboard prints "25%" and
 * "1.8%", so a change between 20 and 25 reads "5 percentage points" and one from 2.8 to 1.8 "1.0".
 * @example publishedDecimals([25, 20]) // 0
 * @example publishedDecimals([1.8, 2.8]) // 1
 */
export function publishedDecimals(figures: readonly (number | null | undefined)[]): number {
  return figures.reduce<number>((most, figure) => {
    if (figure == null || !Number.isFinite(figure)) return most;
    const shortest = Number(figure.toFixed(2)).toString();
    const decimals = shortest.includes(".") ? (shortest.split(".")[1]?.length ?? 0) : 0;
    return Math.max(most, decimals);
  }, 0);
}
