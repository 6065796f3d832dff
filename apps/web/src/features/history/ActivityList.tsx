import { Link } from "react-router";
import type { AuditEventFieldsFragment } from "../../gql/graphql";
import { EmptyState } from "../../ui/EmptyState";
import { actionLabel } from "./actionLabel";
import { describeChanges } from "./describeChanges";
import { formatWhen } from "./formatWhen";
import type { ActivitySubjects } from "./indexActivitySubjects";
import { subjectOf } from "./subjectOf";

type ActivityEvent = AuditEventFieldsFragment & { before?: unknown; after?: unknown };

const ENTITY_WORDS: Record<string, string> = {
  Deliverable: "deliverable",
  SectionCommentary: "commentary",
  NarrativeSentence: "narrative sentence on",
  Observation: "observation of",
  Benchmark: "benchmark of",
  StatementList: "order of the",
  CommentaryList: "order of the",
};
const STATEMENT_WORDS: Record<string, string> = {
  RISK: "risk",
  OUTCOME: "outcome",
  FOCUS: "focus for next quarter",
};

/**
 * The activity feed: one sentence per change saying what changed in words ("Changed deliverable
 * “Mobile police station rota”: Progress 40% → 60%, note changed"), linked to the page showing it.
 */
export function ActivityList({
  events,
  subjects,
}: {
  events: readonly ActivityEvent[];
  subjects: ActivitySubjects;
}) {
  if (events.length === 0) return <EmptyState title="No changes recorded yet" />;
  return (
    <ol className="space-y-3">
      {events.map((event) => {
        const subject = subjectOf(event, subjects);
        const phrases = describeChanges(event.before as never, event.after as never);
        return (
          <li key={event.id} className="rounded border border-line p-3">
            <p>
              <span className="font-semibold">{actionLabel(event.action)}</span> {entityWord(event)}{" "}
              {subject ? (
                <Link to={subject.path} className="text-link underline">
                  {shorten(subject.label)}
                </Link>
              ) : (
                <span>
                  {event.entityType} {event.entityId}
                </span>
              )}
              {phrases.length > 0 ? `: ${phrases.join(", ")}` : ""}
            </p>
            <p className="mt-1 text-sm text-muted">
              by {event.actorEmail}, <time dateTime={event.at}>{formatWhen(event.at)}</time>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function entityWord(event: ActivityEvent): string {
  if (event.entityType !== "Statement")
    return ENTITY_WORDS[event.entityType] ?? event.entityType.toLowerCase();
  const kind = ((event.after ?? event.before) as { kind?: string } | null)?.kind ?? "";
  return STATEMENT_WORDS[kind] ?? "statement";
}

// A risk or commentary can run to a paragraph; the link needs only enough to be recognised.
function shorten(label: string, max = 90): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
