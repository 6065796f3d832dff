import type { BenchmarkBar } from "../../charts/toBenchmarkBars";

export type BenchmarkKeyRole = "home" | "peer" | "MSG_AVERAGE" | "NATIONAL" | "interval";

export interface BenchmarkKeyEntry {
  role: BenchmarkKeyRole;
  label: string;
}

/**
 * The chart's key: one entry per kind of bar it draws, and the interval whisker only when a bar has
 * one, so the key never promises what the chart does not show.
 */
export function benchmarkKeyEntries(bars: readonly BenchmarkBar[]): BenchmarkKeyEntry[] {
  const entries: BenchmarkKeyEntry[] = [];
  const has = (test: (b: BenchmarkBar) => boolean) => bars.some(test);
  if (has((b) => b.isHome)) entries.push({ role: "home", label: "This force" });
  if (has((b) => b.kind === "FORCE" && !b.isHome)) entries.push({ role: "peer", label: "Other forces" });
  if (has((b) => b.kind === "MSG_AVERAGE")) entries.push({ role: "MSG_AVERAGE", label: "MSG average" });
  if (has((b) => b.kind === "NATIONAL")) entries.push({ role: "NATIONAL", label: "National figure" });
  if (has((b) => b.lower != null && b.upper != null))
    entries.push({ role: "interval", label: "Confidence interval" });
  return entries;
}
