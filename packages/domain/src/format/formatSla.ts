import { formatClock } from "./formatClock.ts";

/**
 * An SLA duration in words as the report says it: whole hours as "1 hour"/"2 hours", whole
 * minutes as "15 minutes", anything else as a clock reading.
 * @example formatSla(3600) // "1 hour"
 */
export function formatSla(seconds: number): string {
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600} ${seconds === 3600 ? "hour" : "hours"}`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60} ${seconds === 60 ? "minute" : "minutes"}`;
  return formatClock(seconds);
}
