/**
 * Whether a deliverable looks set to miss its due date before it has: COMPLETE and OVERDUE as
 * deliverableStatus says; LIKELY_LATE when its progress trails the share of its time already gone by
 * more than the tolerance; NOT_ENOUGH_INFO without a start and a due date to measure time between.
 */
export type SlipRiskStatus = "ON_TRACK" | "LIKELY_LATE" | "OVERDUE" | "COMPLETE" | "NOT_ENOUGH_INFO";

/** The slip forecast with the figures it was judged on and the rule in words for the screen. */
export interface SlipRisk {
  status: SlipRiskStatus;
  /**
   * Progress (0–100 %) a steady pace from start to due date would have reached by the as-at day,
   * rounded to a whole percent; null without a start and due date.
   */
  expectedProgress: number | null;
  /** Percentage points by which progress trails expectedProgress; 0 when level or ahead; null as above. */
  shortfall: number | null;
  /** The verdict and the rule that gave it, in words: "Likely to be late: 40% done with 75% of …". */
  rule: string;
}
