/**
 * Population-weighted average, as HMICFRS computes a most-similar-group average: Σ value × population
 * / Σ population, so a large force counts for more than a small one.
 * @example populationWeightedAverage([{ value: 50, population: 1 }, { value: 80, population: 2 }]) // 70
 * @throws RangeError when there is no population to weight by
 */
export function populationWeightedAverage(values: { value: number; population: number }[]): number {
  let weighted = 0;
  let total = 0;
  for (const { value, population } of values) {
    weighted += value * population;
    total += population;
  }
  if (total <= 0) throw new RangeError("populationWeightedAverage needs a positive total population");
  return weighted / total;
}
