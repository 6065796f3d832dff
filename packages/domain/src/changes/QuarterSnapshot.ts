import type { DeliverableStatusValue } from "../deliverables/DeliverableStatusValue.ts";
import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Polarity } from "../format/Polarity.ts";
import type { MonthKey } from "../periods/MonthKey.ts";
import type { XmrSignal } from "../spc/XmrResult.ts";
import type { CarriedLink } from "./CarriedLink.ts";

/** A metric as one quarter showed it: what quarterChanges compares. */
export interface MetricSnapshot {
  id: string;
  name: string;
  unit: MetricUnit;
  polarity: Polarity;
  /** The latest value the quarter showed and its month; null when it had none. */
  latest: { value: number; month: MonthKey } | null;
  /** The latest value's standing (targetStanding's isMet and text); null without a target or when neutral. */
  target: { isMet: boolean; text: string } | null;
  /** The signals the quarter showed as active (those reaching its latest month). */
  signals: ReadonlyArray<Pick<XmrSignal, "rule" | "direction" | "from" | "to">>;
}

/** A deliverable as one quarter showed it, linked to the row it was carried from. */
export interface DeliverableSnapshot extends CarriedLink {
  action: string;
  /** 0–100 % */
  progress: number;
  status: DeliverableStatusValue;
}

/** A risk statement as one quarter showed it, linked to the statement it was carried from. */
export interface RiskSnapshot extends CarriedLink {
  text: string;
  /** Closed on review: carried for the record but no longer a live risk. */
  isClosed: boolean;
}

/** One quarter's metrics, deliverables and risks, as its report showed them. */
export interface QuarterSnapshot {
  metrics: readonly MetricSnapshot[];
  deliverables: readonly DeliverableSnapshot[];
  risks: readonly RiskSnapshot[];
}
