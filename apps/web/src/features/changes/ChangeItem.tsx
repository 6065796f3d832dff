import { Link } from "react-router";
import { graphql } from "../../gql";
import type { ChangeItem_ChangeFragment } from "../../gql/graphql";
import { changeHref } from "./changeHref";

export const ChangeItemFragment = graphql(`
  fragment ChangeItem_change on QuarterChange {
    kind
    sentence
    metricId
    direction
    signalClass
    deliverableId
    riskId
    priorityNumber
  }
`);

// Words, not colour alone: each judgement is written out before the sentence.
const JUDGEMENT: Record<string, string> = {
  BETTER: "Better",
  WORSE: "Worse",
  IMPROVEMENT: "Improvement",
  CONCERN: "Concern",
};

const TONE: Record<string, string> = {
  Better: "border-improvement bg-improvement-soft",
  Improvement: "border-improvement bg-improvement-soft",
  Worse: "border-concern bg-concern-soft",
  Concern: "border-concern bg-concern-soft",
};

/** One change: its judgement in words where it has one, and its sentence linked to where it happened. */
export function ChangeItem({
  change,
  period,
}: {
  change: ChangeItem_ChangeFragment;
  period: string | undefined;
}) {
  const judgement = JUDGEMENT[change.direction ?? change.signalClass ?? ""];
  const href = changeHref(change, period);
  return (
    <li className="flex flex-wrap items-baseline gap-2 py-2">
      {judgement ? (
        <span className={`rounded border px-2 text-sm font-semibold ${TONE[judgement]}`}>{judgement}</span>
      ) : null}
      {href ? (
        <Link to={href} className="text-link underline">
          {change.sentence}
        </Link>
      ) : (
        <span>{change.sentence}</span>
      )}
    </li>
  );
}
