import type { SlipRiskStatus } from "../../gql/graphql";

/** A slip warning as the deliverables table shows it: the headline and the rule that gave it. */
export interface SlipWarningText {
  /** "Likely to be late: 75% of the time gone" */
  headline: string;
  /** The API's sentence: the verdict, the figures and the rule, e.g. "Likely to be late: 40% done with …". */
  rule: string;
}

/**
 * The warning to show beside a deliverable's progress, or null when there is none to give. Only
 * LIKELY_LATE warns here: overdue and complete are the status column's to say, and a deliverable on
 * track, or one without dates to judge by, needs no line of its own.
 * @example slipWarningFor({ status: "LIKELY_LATE", expectedProgress: 75, rule: "Likely to be late: …" })
 * // { headline: "Likely to be late: 75% of the time gone", rule: "Likely to be late: …" }
 */
export function slipWarningFor(slipRisk: {
  status: SlipRiskStatus;
  expectedProgress?: number | null;
  rule: string;
}): SlipWarningText | null {
  if (slipRisk.status !== "LIKELY_LATE") return null;
  const gone = slipRisk.expectedProgress == null ? "" : `: ${slipRisk.expectedProgress}% of the time gone`;
  return { headline: `Likely to be late${gone}`, rule: slipRisk.rule };
}
