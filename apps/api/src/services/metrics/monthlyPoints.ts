import type { ChangePoint } from "@pcc/domain";
import type { ObservationRecord } from "../../data/records.ts";

/**
 * One point per month (the period's last month), up to and including `upTo`, marked illustrative where
 * the value is generated: the input the statistics engine expects. A later correction of the same month
 * replaces the earlier one.
 */
export function monthlyPoints(series: ObservationRecord[], upTo: string): ChangePoint[] {
  const byMonth = new Map<string, ObservationRecord>();
  for (const o of series) if (o.periodEnd <= upTo) byMonth.set(o.periodEnd, o);
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, o]) => ({ period, value: o.value, illustrative: o.illustrative }));
}
