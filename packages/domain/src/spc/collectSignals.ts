import type { Polarity } from "../format/Polarity.ts";
import { classifySignal } from "./classifySignal.ts";
import { RULE_BITS } from "./RULE_BITS.ts";
import type { SpcRule, XmrPoint, XmrSignal } from "./XmrResult.ts";

const RULES: { rule: SpcRule; high: number; low: number; reach: number }[] = [
  { rule: "OUTSIDE_LIMITS", high: RULE_BITS.OUTSIDE_HIGH, low: RULE_BITS.OUTSIDE_LOW, reach: 1 },
  { rule: "TREND", high: RULE_BITS.TREND_UP, low: RULE_BITS.TREND_DOWN, reach: 1 },
  // Two of three may skip a point (beyond, inside, beyond): one signal spans the gap.
  { rule: "TWO_OF_THREE", high: RULE_BITS.TWO_OF_THREE_HIGH, low: RULE_BITS.TWO_OF_THREE_LOW, reach: 2 },
  { rule: "SHIFT", high: RULE_BITS.SHIFT_HIGH, low: RULE_BITS.SHIFT_LOW, reach: 1 },
];

/**
 * Groups flagged points into signals: one per run of points that the same rule flags on the same
 * side within one segment ("two-month exceptional high" is one OUTSIDE_LIMITS signal of two points).
 */
export function collectSignals(points: XmrPoint[], flags: Uint8Array, polarity: Polarity): XmrSignal[] {
  const signals: XmrSignal[] = [];
  for (const { rule, high, low, reach } of RULES) {
    for (const [bit, direction] of [
      [high, "HIGH"],
      [low, "LOW"],
    ] as const) {
      let current: XmrSignal | null = null;
      let lastIndex = -10;
      points.forEach((point, i) => {
        if ((flags[i]! & bit) === 0) return;
        const joins =
          current && i - lastIndex <= reach && points[lastIndex]!.segmentIndex === point.segmentIndex;
        if (current && joins) {
          current.to = point.period;
          current.periods.push(point.period);
        } else {
          const classification = classifySignal(direction, polarity);
          current = {
            rule,
            direction,
            from: point.period,
            to: point.period,
            periods: [point.period],
            classification,
          };
          signals.push(current);
        }
        lastIndex = i;
      });
    }
  }
  return signals.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
