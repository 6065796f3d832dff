import { withPeriod } from "../../app/withPeriod";

/** Where a change's link goes: its metric's page, or the priority page its deliverable or risk is on. */
export function changeHref(
  change: { metricId?: string | null; priorityNumber?: number | null; deliverableId?: string | null },
  period: string | undefined,
): string | null {
  if (change.metricId) return withPeriod(`/metrics/${encodeURIComponent(change.metricId)}`, period);
  if (change.priorityNumber === null || change.priorityNumber === undefined) return null;
  const anchor = change.deliverableId ? "#deliverables" : "#risks";
  return `${withPeriod(`/priorities/${change.priorityNumber}`, period)}${anchor}`;
}
