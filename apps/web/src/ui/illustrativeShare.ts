/**
 * The share of monthly values that are illustrative (generated) across some series, from 0 to 1;
 * 0 with no values. A page whose share passes a half carries the illustrative banner.
 * @example illustrativeShare([[true, true, false], [false]]) // 0.5
 */
export function illustrativeShare(series: readonly (readonly boolean[])[]): number {
  let total = 0;
  let generated = 0;
  for (const flags of series) {
    total += flags.length;
    for (const flag of flags) if (flag) generated += 1;
  }
  return total === 0 ? 0 : generated / total;
}

/** More than half the months are generated: "mostly illustrative". */
export function isMostlyIllustrative(series: readonly (readonly boolean[])[]): boolean {
  return illustrativeShare(series) > 0.5;
}
