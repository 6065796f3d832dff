import { formatSla } from "../format/formatSla.ts";
import { formatValue } from "../format/formatValue.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";

/**
 * A target or SLA named as the report names it: "the 1,189 target", "the 1-hour SLA", "the SLA of 1:35".
 * @example targetName(3600, "SLA", "SECONDS") // "the 1-hour SLA"
 */
export function targetName(target: number, kind: "SLA" | "TARGET", unit: MetricUnit): string {
  if (kind === "TARGET") return `the ${formatValue(target, unit)} target`;
  if (unit !== "SECONDS") return `the SLA of ${formatValue(target, unit)}`;
  const words = formatSla(target); // "1 hour", "15 minutes" or a clock reading
  const match = /^(\d+) (hour|minute)s?$/.exec(words);
  return match ? `the ${match[1]}-${match[2]} SLA` : `the SLA of ${words}`;
}
