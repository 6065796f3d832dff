import type { CarriedLink } from "./CarriedLink.ts";
import { deliverableChanges } from "./deliverableChanges.ts";
import { matchCarried } from "./matchCarried.ts";
import { metricChanges } from "./metricChanges.ts";
import type { QuarterChange } from "./QuarterChange.ts";
import type { QuarterSnapshot } from "./QuarterSnapshot.ts";
import { riskChanges } from "./riskChanges.ts";

/**
 * What changed from an earlier quarter to a later one ("what changed since the last quarter, or
 * since any earlier one"): figures that moved, signals that started or ended, targets newly met or
 * missed (per metric, matched by id), deliverables' progress and status (matched along their
 * carriedFromId chain), risks opened and closed. Metrics first in the later quarter's order, then
 * deliverables, then risks. `between` holds the carried links of the quarters in between when the
 * two are not consecutive, so a chain can be followed across them. An empty list when nothing changed.
 * Metrics or deliverables present in only one of the quarters are not changes of these kinds.
 * @example quarterChanges(marchToMay23, juneToAug23)
 * // [{ kind: "FIGURE_MOVED", metricId: "3", direction: "WORSE", sentence: "… rose from 7.5% in May-23 to 8.1% in Aug-23 (worse)." }, …]
 */
export function quarterChanges(
  earlier: QuarterSnapshot,
  later: QuarterSnapshot,
  between: readonly CarriedLink[] = [],
): QuarterChange[] {
  const earlierMetrics = new Map(earlier.metrics.map((metric) => [metric.id, metric]));
  const metrics = later.metrics.flatMap((metric) => {
    const was = earlierMetrics.get(metric.id);
    return was ? metricChanges(was, metric) : [];
  });
  const { pairs } = matchCarried(earlier.deliverables, later.deliverables, between);
  const deliverables = pairs.flatMap(({ earlier: was, later: is }) =>
    was ? deliverableChanges(was, is) : [],
  );
  return [...metrics, ...deliverables, ...riskChanges(earlier.risks, later.risks, between)];
}
