import { formatValue as formatDomainValue } from "@pcc/domain";
import type { MetricUnit } from "../gql/graphql";

/**
 * The domain's formatValue ("7.5%", "12:26", "1:54:53", "1,435"), plus the web's gap: a missing or
 * NaN value (no observation yet, a hole in a chart row) reads as a dash rather than throwing or "NaN".
 */
export function formatValue(value: number | null | undefined, unit: MetricUnit): string {
  if (value == null || Number.isNaN(value)) return "–";
  return formatDomainValue(value, unit);
}
