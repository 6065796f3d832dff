import type { ActivitySubject, ActivitySubjects } from "./indexActivitySubjects";

type Snapshot = Record<string, unknown> | null | undefined;

/**
 * The record an audit event is about, named and linked: from the priorities' records, from the
 * snapshot's metric for observations and narrative, and from the key of a reordered list
 * ("3/2023-Q-MAR-MAY/RISK" is priority 3's risks). Null when the record is not known to the page.
 */
export function subjectOf(
  event: { entityType: string; entityId: string; before?: unknown; after?: unknown },
  subjects: ActivitySubjects,
): ActivitySubject | null {
  const known = subjects.get(`${event.entityType}:${event.entityId}`);
  if (known) return known;
  const snapshot = (event.after ?? event.before) as Snapshot;
  const metricId = typeof snapshot?.metricId === "string" ? snapshot.metricId : null;
  if (metricId) return { label: metricId, path: `/metrics/${encodeURIComponent(metricId)}` };
  if (event.entityType === "StatementList") {
    const [priority, , kind] = event.entityId.split("/");
    return { label: `${(kind ?? "").toLowerCase()} list`, path: `/priorities/${priority}` };
  }
  if (event.entityType === "CommentaryList") {
    const section = subjects.get(`ScorecardSection:${event.entityId.split("/")[0]}`);
    return section ? { label: `commentary of ${section.label}`, path: section.path } : null;
  }
  return null;
}
