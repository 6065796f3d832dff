import type { AssuranceIcon, MetricBasis, SpcStatus, VariationIcon } from "../gql/graphql";
import { isSignalIllustrative } from "./isSignalIllustrative";
import { SignalIcon } from "./SignalIcon";

/** The parts of a metric's SPC reading its badges show. */
export type SpcBadgeReading = {
  status: SpcStatus;
  variation: VariationIcon;
  assurance: AssuranceIcon;
  signals: readonly { to: string; illustrative: boolean }[];
};

/**
 * A metric's variation and assurance badges, the same on its tile and on its drill-down, marked
 * illustrative when the signal behind the variation badge rests on generated months. Nothing before
 * the metric has an SPC reading.
 */
export function SpcBadges({ spc, basis }: { spc: SpcBadgeReading | null | undefined; basis: MetricBasis }) {
  if (!spc) return null;
  return (
    <SignalIcon
      variation={spc.variation}
      assurance={spc.assurance}
      status={spc.status}
      basis={basis}
      illustrative={isSignalIllustrative(spc.variation, spc.signals)}
    />
  );
}
