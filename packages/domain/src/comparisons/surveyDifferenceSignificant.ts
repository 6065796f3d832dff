/**
 * Whether a survey change is beyond its margin of error (both in the same units, e.g. percentage
 * points at 95% confidence): "greater than the +/-5% margin of error (CI=95%)". Equal is not beyond.
 * @example surveyDifferenceSignificant(-10.9, 5) // true
 */
export function surveyDifferenceSignificant(difference: number, marginOfError: number): boolean {
  return Math.abs(difference) > Math.abs(marginOfError);
}
