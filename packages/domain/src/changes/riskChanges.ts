import type { CarriedLink } from "./CarriedLink.ts";
import { matchCarried } from "./matchCarried.ts";
import type { RiskQuarterChange } from "./QuarterChange.ts";
import type { RiskSnapshot } from "./QuarterSnapshot.ts";

/**
 * Risks opened and closed from an earlier quarter to a later one, in the later quarter's order then
 * the earlier one's. Opened: a live statement that continues no earlier live one (new, or reopened).
 * Closed: a live earlier statement whose continuation is closed, or that was not carried forward at
 * all. A statement first listed after the earlier quarter and closed by the later one is neither.
 * @example riskChanges({ risks: [] }, { risks: [{ id: "9", carriedFromId: null, text: "…", isClosed: false }] })
 * // [{ kind: "RISK_OPENED", riskId: "9", earlierRiskId: null, sentence: "Risk opened: …" }]
 */
export function riskChanges(
  earlier: readonly RiskSnapshot[],
  later: readonly RiskSnapshot[],
  between: readonly CarriedLink[] = [],
): RiskQuarterChange[] {
  const { pairs, dropped } = matchCarried(earlier, later, between);
  const changes: RiskQuarterChange[] = [];
  for (const { earlier: was, later: is } of pairs) {
    const wasLive = was !== null && !was.isClosed;
    const earlierRiskId = was?.id ?? null;
    if (!wasLive && !is.isClosed) {
      const sentence = `${was ? "Risk reopened" : "Risk opened"}: ${is.text}`;
      changes.push({ kind: "RISK_OPENED", riskId: is.id, earlierRiskId, sentence });
    }
    if (wasLive && is.isClosed) {
      changes.push({
        kind: "RISK_CLOSED",
        riskId: is.id,
        earlierRiskId,
        sentence: `Risk closed: ${is.text}`,
      });
    }
  }
  for (const was of dropped.filter((risk) => !risk.isClosed)) {
    const sentence = `Risk closed (no longer listed): ${was.text}`;
    changes.push({ kind: "RISK_CLOSED", riskId: was.id, earlierRiskId: was.id, sentence });
  }
  return changes;
}
