import type { BenchmarkBar } from "./toBenchmarkBars";

/**
 * Fills by role, from the theme. The MSG average and national figure are reference figures, not
 * performance: a light bar with a dark outline (dashed for the MSG average), never a status colour.
 * Every bar is also named on the axis and valued at its end, so no role rests on colour alone.
 */
const BAR_STYLE = {
  home: { fill: "var(--color-brand)", stroke: "var(--color-ink)", dash: undefined },
  peer: { fill: "var(--color-peer)", stroke: "none", dash: undefined },
  MSG_AVERAGE: { fill: "var(--color-neutral-soft)", stroke: "var(--color-ink)", dash: "4 3" },
  NATIONAL: { fill: "var(--color-neutral-soft)", stroke: "var(--color-ink)", dash: undefined },
} as const;

export function benchmarkBarStyle(bar: Pick<BenchmarkBar, "isHome" | "kind">) {
  if (bar.isHome) return BAR_STYLE.home;
  if (bar.kind === "FORCE") return BAR_STYLE.peer;
  return BAR_STYLE[bar.kind];
}
