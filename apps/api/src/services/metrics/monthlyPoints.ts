import type { SpcInputPoint } from "@pcc/domain";
import type { ObservationRecord } from "../../data/records.ts";

/**
 * One point per month (the period's last month), up to and including `upTo`: the input the
 * statistics engine expects. A later correction of the same month replaces the earlier one.
 */
export function monthlyPoints(series: ObservationRecord[], upTo: string): SpcInputPoint[] {
  const byMonth = new Map<string, number>();
  for (const o of series) if (o.periodEnd <= upTo) byMonth.set(o.periodEnd, o.value);
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, value]) => ({ period, value }));
}
