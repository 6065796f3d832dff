import { XMR_CONSTANTS } from "./XMR_CONSTANTS.ts";

/**
 * Mean of the moving ranges |xᵢ − xᵢ₋₁| over points [from, to) of a sorted series.
 * A moving range is only taken between neighbouring calendar months (months[i] − months[i−1] = 1):
 * across a missing month the two values are not consecutive observations of the process.
 * With `screen`, ranges above 3.267 × the first mean are dropped and the mean taken again
 * (NHSRplotthedots' screen_outliers). NaN when there is no moving range at all.
 */
export function meanMovingRange(
  values: Float64Array,
  months: Int32Array,
  from: number,
  to: number,
  screen: boolean,
): number {
  let sum = 0;
  let count = 0;
  for (let i = from + 1; i < to; i++) {
    if (months[i]! - months[i - 1]! !== 1) continue;
    sum += Math.abs(values[i]! - values[i - 1]!);
    count++;
  }
  if (count === 0) return Number.NaN;
  const mean = sum / count;
  if (!screen) return mean;
  const ceiling = XMR_CONSTANTS.MOVING_RANGE_SCREEN * mean;
  let keptSum = 0;
  let kept = 0;
  for (let i = from + 1; i < to; i++) {
    if (months[i]! - months[i - 1]! !== 1) continue;
    const range = Math.abs(values[i]! - values[i - 1]!);
    if (range > ceiling) continue;
    keptSum += range;
    kept++;
  }
  return kept === 0 ? mean : keptSum / kept;
}
