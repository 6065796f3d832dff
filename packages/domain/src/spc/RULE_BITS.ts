/**
 * Bit flags the typed-array kernel sets per point: one bit per rule and side, so a point's whole
 * verdict is one byte. Order follows the rules' precedence (Making Data Count): outside limits,
 * trend, two of three beyond 2 sigma, shift.
 */
export const RULE_BITS = {
  OUTSIDE_HIGH: 1,
  OUTSIDE_LOW: 2,
  TREND_UP: 4,
  TREND_DOWN: 8,
  TWO_OF_THREE_HIGH: 16,
  TWO_OF_THREE_LOW: 32,
  SHIFT_HIGH: 64,
  SHIFT_LOW: 128,
} as const;
