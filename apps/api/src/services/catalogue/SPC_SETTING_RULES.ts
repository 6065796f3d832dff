/**
 * What a metric's SPC settings may be. Run and trend lengths of 5 to 12: below 5 ordinary noise
 * fires signals every few months, above 12 a real shift in a monthly series goes unseen for a year
 * (Making Data Count uses 7; some guidance uses 6 or 8 or 9). A fixed baseline needs 12 points, the
 * number below which limits are only trial limits (DEFAULT_XMR_SETTINGS.trialBelow).
 */
export const SPC_SETTING_RULES = {
  minRunLength: 5,
  maxRunLength: 12,
  minBaselinePoints: 12,
  maxBaselinePoints: 240,
  twoOfThreeRules: ["2019", "2023-11"] as const,
};
