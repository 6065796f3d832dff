/**
 * Two survey results against each other (e.g. Wiltshire 76.8% ±3.9 against England & Wales 68.5% ±0.8).
 * The margins of two independent estimates combine as √(a² + b²) (the standard error of a difference
 * of independent estimates); the difference is significant when it exceeds that combined margin.
 * @example compareSurveys({value: 76.8, marginOfError: 3.9}, {value: 68.5, marginOfError: 0.8})
 *   // { difference: 8.3, combinedMargin: 3.98…, significant: true }
 */
export function compareSurveys(
  a: { value: number; marginOfError: number },
  b: { value: number; marginOfError: number },
): { difference: number; significant: boolean; combinedMargin: number } {
  const difference = a.value - b.value;
  const combinedMargin = Math.hypot(a.marginOfError, b.marginOfError);
  return { difference, significant: Math.abs(difference) > combinedMargin, combinedMargin };
}
