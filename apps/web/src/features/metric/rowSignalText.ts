import { describeSignal } from "@pcc/domain";
import type { SignalClass } from "../../gql/graphql";

export interface SignalSpan {
  rule: string;
  direction: string;
  from: string;
  to: string;
  classification: SignalClass;
  illustrative: boolean;
}

const CLASS_WORD: Record<SignalClass, string> = {
  CONCERN: "Concern",
  IMPROVEMENT: "Improvement",
  NEUTRAL: "Unusual",
};

type DomainSignal = Parameters<typeof describeSignal>[0];

/**
 * A month's signals in the domain's words, as the exceptions list says them: "Concern: a rising trend,
 * Aug-22 to Mar-23". A month no signal covers is "Normal variation"; a month without limits (a trend-only
 * series, or too few months) has no signal to state. Months compare as YYYY-MM strings.
 */
export function rowSignalText(
  period: string,
  signals: readonly SignalSpan[],
  { hasLimits }: { hasLimits: boolean },
): string {
  if (!hasLimits) return "No limits";
  const covering = signals.filter((s) => s.from <= period && period <= s.to);
  if (covering.length === 0) return "Normal variation";
  return covering
    .map(
      (s) =>
        `${CLASS_WORD[s.classification]}: ${describeSignal(s as DomainSignal)}${s.illustrative ? " (includes illustrative months)" : ""}`,
    )
    .join("; ");
}
