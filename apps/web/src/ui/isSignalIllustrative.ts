import type { VariationIcon } from "../gql/graphql";

interface SignalSpan {
  to: string;
  illustrative: boolean;
}

/**
 * Whether the variation badge rests on generated months. The badge reads the latest point, so the
 * signals behind it are those reaching the latest flagged month (months compare as YYYY-MM strings).
 * Normal variation and "not enough data" rest on no signal.
 */
export function isSignalIllustrative(variation: VariationIcon, signals: readonly SignalSpan[]): boolean {
  if (variation === "COMMON_CAUSE" || variation === "NONE" || signals.length === 0) return false;
  const latest = signals
    .map((s) => s.to)
    .sort()
    .at(-1);
  return signals.some((s) => s.to === latest && s.illustrative);
}
