/**
 * Constants of the XmR chart (Wheeler; Making Data Count; NHSRplotthedots):
 * process limits at mean ± 2.66 × mean moving range (2.66 = 3 / d2, d2 = 1.128 for n = 2);
 * the 2-sigma line at ⅔ of that distance; a moving range above 3.267 × the mean (D4 for n = 2)
 * is screened out when screening is on.
 */
export const XMR_CONSTANTS = {
  LIMIT_FACTOR: 2.66,
  TWO_SIGMA_FACTOR: (2 / 3) * 2.66,
  MOVING_RANGE_SCREEN: 3.267,
} as const;
