import type { PriorityCard_PriorityFragment } from "../../gql/graphql";
import { GlossaryText } from "../../ui/GlossaryText";

type Priority = PriorityCard_PriorityFragment & { outcomes: readonly { id: string; text: string }[] };

const MAX_OUTCOMES = 4;

function Big({ value, label }: { value: number; label: string }) {
  return (
    <div>
      <dt className="text-2xl text-muted">{label}</dt>
      <dd className="text-6xl font-bold tabular-nums">{value}</dd>
    </div>
  );
}

export function PrioritySlide({ priority }: { priority: Priority }) {
  const s = priority.summary;
  return (
    <article>
      <h1 className="text-5xl font-bold">
        <span className="mb-2 block text-2xl font-normal text-muted">Priority {priority.number}:</span>
        <GlossaryText text={priority.title} />
      </h1>
      <dl className="mt-8 grid grid-cols-2 gap-6 lg:grid-cols-4">
        <Big value={s.concernCount} label="Concern signals" />
        <Big value={s.improvementCount} label="Improvement signals" />
        <Big value={s.slaBreachCount} label="SLA or target failing" />
        <Big value={s.deliverablesOverdue + s.deliverablesAtRisk} label="Deliverables at risk or overdue" />
      </dl>
      {priority.outcomes.length > 0 ? (
        <>
          <h2 className="mt-10 text-3xl font-semibold">Outcomes achieved this quarter</h2>
          <ul className="mt-3 list-disc space-y-3 pl-8 text-2xl">
            {priority.outcomes.slice(0, MAX_OUTCOMES).map((o) => (
              <li key={o.id}>
                <GlossaryText text={o.text} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
