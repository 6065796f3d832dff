/**
 * Seconds in words, in the report's register: "11m 41 secs", "48 secs", "1h 54m 53 secs".
 * @example formatDurationWords(701) // "11m 41 secs"
 */
export function formatDurationWords(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours}h`);
  if (hours > 0 || minutes > 0) parts.push(`${minutes}m`);
  parts.push(`${secs} ${secs === 1 ? "sec" : "secs"}`);
  return `${seconds < 0 && total > 0 ? "-" : ""}${parts.join(" ")}`;
}
