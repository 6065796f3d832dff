import { RULE_BITS } from "./RULE_BITS.ts";
import type { SpcRule } from "./XmrResult.ts";

const ORDER: { rule: SpcRule; high: number; low: number }[] = [
  { rule: "OUTSIDE_LIMITS", high: RULE_BITS.OUTSIDE_HIGH, low: RULE_BITS.OUTSIDE_LOW },
  { rule: "TREND", high: RULE_BITS.TREND_UP, low: RULE_BITS.TREND_DOWN },
  { rule: "TWO_OF_THREE", high: RULE_BITS.TWO_OF_THREE_HIGH, low: RULE_BITS.TWO_OF_THREE_LOW },
  { rule: "SHIFT", high: RULE_BITS.SHIFT_HIGH, low: RULE_BITS.SHIFT_LOW },
];

/**
 * Reads a point's rule byte: the rules that fire, in precedence order, and the side of the first
 * (a rising trend counts as HIGH).
 */
export function rulesFromFlags(flags: number): { rules: SpcRule[]; direction: "HIGH" | "LOW" | null } {
  const rules: SpcRule[] = [];
  let direction: "HIGH" | "LOW" | null = null;
  for (const { rule, high, low } of ORDER) {
    if ((flags & (high | low)) === 0) continue;
    rules.push(rule);
    direction ??= flags & high ? "HIGH" : "LOW";
  }
  return { rules, direction };
}
