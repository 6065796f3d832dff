import { addMonths } from "../periods/addMonths.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import { spanLabel } from "../periods/spanLabel.ts";
import type { XmrResult } from "../spc/XmrResult.ts";

const MAX_RUN = 4;

/**
 * The months beyond a control limit between `from` and `to`, as the report names them when a change is
 * "affected by an exceptional high period over Feb-22 and Mar-22": one phrase per run of months on one
 * side, e.g. "exceptional highs in Feb-22 to Mar-22", for runs of up to four months. null when there are none.
 */
export function exceptionalMonthsWithin(spc: XmrResult | null, from: MonthKey, to: MonthKey): string | null {
  const runs: { high: boolean; from: MonthKey; to: MonthKey; count: number }[] = [];
  for (const p of spc?.points ?? []) {
    if (p.period < from || p.period > to || !p.rules.includes("OUTSIDE_LIMITS")) continue;
    const high = p.direction === "HIGH";
    const last = runs.at(-1);
    if (last && last.high === high && addMonths(last.to, 1) === p.period) {
      last.to = p.period;
      last.count += 1;
    } else runs.push({ high, from: p.period, to: p.period, count: 1 });
  }
  // A run as long as a third of a year is a change of level, not months that stand out from the rest.
  const standingOut = runs.filter((r) => r.count <= MAX_RUN);
  if (standingOut.length === 0) return null;
  return standingOut
    .map(
      (r) => `exceptional ${r.high ? "high" : "low"}${r.count > 1 ? "s" : ""} in ${spanLabel(r.from, r.to)}`,
    )
    .join(" and ");
}
