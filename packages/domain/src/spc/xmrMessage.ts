import type { MonthKey } from "../periods/MonthKey.ts";
import { monthLabel } from "../periods/monthLabel.ts";

/**
 * The plain-words warning shown with trial or missing limits, in the report's phrase
 * ("a longer data capture period is required to assess trend").
 * @example xmrMessage("TRIAL", 8, 12, null) // "Trial limits from 8 of 12 months — a longer data capture period is required to assess trend."
 */
export function xmrMessage(
  status: "OK" | "TRIAL" | "INSUFFICIENT",
  pointCount: number,
  wanted: number,
  changedAt: MonthKey | null,
): string | null {
  if (status === "OK") return null;
  const since = changedAt ? ` since the process change in ${monthLabel(changedAt)}` : "";
  const months = `${pointCount} of ${wanted} ${wanted === 1 ? "month" : "months"}`;
  const lead =
    status === "TRIAL"
      ? `Trial limits from ${months}${since}`
      : `Not enough data for control limits yet${since}: ${months}`;
  return `${lead} — a longer data capture period is required to assess trend.`;
}
