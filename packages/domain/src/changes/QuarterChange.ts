import type { DeliverableStatusValue } from "../deliverables/DeliverableStatusValue.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import type { SignalClass, XmrSignal } from "../spc/XmrResult.ts";

/** Each change carries a sentence for the screen, worded by the domain's formatters. */
interface Worded {
  sentence: string;
}

/** Whether a move is good news by the metric's polarity; NEUTRAL when it has no good direction. */
export type MoveDirection = "BETTER" | "WORSE" | "NEUTRAL";

/** A metric's change between two quarters; metricId links to its page. */
export type MetricQuarterChange = Worded & { metricId: string } & (
    | {
        kind: "FIGURE_MOVED";
        from: { value: number; month: MonthKey };
        to: { value: number; month: MonthKey };
        direction: MoveDirection;
      }
    | {
        kind: "SIGNAL_STARTED" | "SIGNAL_ENDED";
        signal: Pick<XmrSignal, "rule" | "direction" | "from" | "to">;
        classification: SignalClass;
      }
    | { kind: "TARGET_NEWLY_MET" | "TARGET_NEWLY_MISSED" }
  );

/**
 * A deliverable's change: deliverableId is the later quarter's row (its page), earlierDeliverableId
 * the row it was carried from.
 */
export type DeliverableQuarterChange = Worded & { deliverableId: string; earlierDeliverableId: string } & (
    | { kind: "DELIVERABLE_PROGRESS"; from: number; to: number }
    | { kind: "DELIVERABLE_STATUS"; from: DeliverableStatusValue; to: DeliverableStatusValue }
  );

/**
 * A risk opened or closed: riskId is the statement to link to (the later quarter's, or the earlier
 * one's when it was not carried forward); earlierRiskId the statement it continues, null when new.
 */
export type RiskQuarterChange = Worded & {
  kind: "RISK_OPENED" | "RISK_CLOSED";
  riskId: string;
  earlierRiskId: string | null;
};

/** One thing that changed between two quarters, for the "what changed" view. */
export type QuarterChange = MetricQuarterChange | DeliverableQuarterChange | RiskQuarterChange;
