/** A link that keeps the chosen reporting period, so a shared URL shows what the sender saw. */
export function withPeriod(path: string, period: string | undefined): string {
  if (!period) return path;
  const separator = path.includes("?") ? "&" : "?";
  return `${path}${separator}period=${encodeURIComponent(period)}`;
}
