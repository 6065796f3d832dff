import { graphql } from "../../gql";
import type { SlipWarning_DeliverableFragment } from "../../gql/graphql";
import { slipWarningFor } from "./slipWarningFor";

export const SlipWarningFragment = graphql(`
  fragment SlipWarning_deliverable on Deliverable {
    slipRisk(period: $period) {
      status
      expectedProgress
      rule
    }
  }
`);

/**
 * Under a deliverable's progress: "Likely to be late" in words with a mark (never colour alone), and
 * the rule that flagged it one press away, so a reader can check the judgement for themselves.
 * Renders nothing when there is no warning.
 */
export function SlipWarning({ deliverable }: { deliverable: SlipWarning_DeliverableFragment }) {
  const warning = slipWarningFor(deliverable.slipRisk);
  if (!warning) return null;
  return (
    <details className="mt-1 text-sm">
      <summary className="min-h-11 cursor-pointer py-3 font-semibold text-concern">
        <span aria-hidden="true">⏳ </span>
        {warning.headline}
      </summary>
      <p className="mt-1 text-muted">{warning.rule}</p>
    </details>
  );
}
