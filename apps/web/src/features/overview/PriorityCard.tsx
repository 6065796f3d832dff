import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { graphql } from "../../gql";
import type { PriorityCard_PriorityFragment } from "../../gql/graphql";

export const PriorityCardFragment = graphql(`
  fragment PriorityCard_priority on Priority {
    id
    number
    title
    summary(period: $period) {
      metricCount
      concernCount
      improvementCount
      slaBreachCount
      deliverablesOnTrack
      deliverablesAtRisk
      deliverablesOverdue
      deliverablesComplete
      openRiskCount
    }
  }
`);

function Figure({ value, label, tone }: { value: number; label: string; tone?: "concern" | "improvement" }) {
  const colour = value > 0 && tone ? (tone === "concern" ? "text-concern" : "text-improvement") : "text-ink";
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className={`text-2xl font-semibold tabular-nums ${colour}`}>{value}</dd>
    </div>
  );
}

/** One priority's headline status on the overview: signals, SLA breaches, deliverables and risks. */
export function PriorityCard({
  priority,
  period,
}: {
  priority: PriorityCard_PriorityFragment;
  period?: string;
}) {
  const s = priority.summary;
  return (
    <article className="flex flex-col rounded-lg border border-line bg-surface p-4 shadow-sm">
      <h3 className="text-lg font-semibold">
        <Link
          to={withPeriod(`/priorities/${priority.number}`, period)}
          className="inline-flex min-h-11 items-center text-link underline-offset-4 hover:underline"
        >
          Priority {priority.number}: {priority.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">{s.metricCount} metrics on the scorecard</p>
      <dl className="mt-3 grid grid-cols-3 gap-3">
        <Figure value={s.concernCount} label="Concern signals" tone="concern" />
        <Figure value={s.improvementCount} label="Improvement signals" tone="improvement" />
        <Figure value={s.slaBreachCount} label="SLA or target failing" tone="concern" />
      </dl>
      <p className="mt-3 text-sm">
        Deliverables: {s.deliverablesComplete} complete, {s.deliverablesOnTrack} on track,{" "}
        {s.deliverablesAtRisk} at risk,{" "}
        <span className={s.deliverablesOverdue > 0 ? "font-semibold text-fail" : undefined}>
          {s.deliverablesOverdue} overdue
        </span>
        . Open risks and issues: {s.openRiskCount}.
      </p>
    </article>
  );
}
