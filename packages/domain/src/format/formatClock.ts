/**
 * Seconds as a clock reading in the report's style: m:ss under an hour, h:mm:ss from an hour.
 * Rounds to the nearest whole second first, so 59.6 s reads "1:00".
 * @example formatClock(746) // "12:26"; formatClock(6893) // "1:54:53"
 */
export function formatClock(seconds: number): string {
  const sign = seconds < 0 ? "-" : "";
  const total = Math.round(Math.abs(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, "0");
  if (hours === 0) return `${sign}${minutes}:${secs}`;
  return `${sign}${hours}:${String(minutes).padStart(2, "0")}:${secs}`;
}
