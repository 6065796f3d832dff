/** A record named in the feed: what to call it and where it is shown. */
export interface ActivitySubject {
  label: string;
  path: string;
}

/** Subjects keyed `${entityType}:${entityId}`, as audit events name them. */
export type ActivitySubjects = ReadonlyMap<string, ActivitySubject>;

type Text = { id: string; text: string };
interface PriorityRecords {
  number: number;
  deliverables: readonly { id: string; action: string }[];
  outcomes: readonly Text[];
  focus: readonly Text[];
  risks: readonly Text[];
  scorecards: readonly { sections: readonly { id: string; title: string; commentary: readonly Text[] }[] }[];
}

/**
 * Indexes each priority's deliverables, statements, sections and commentary by the audit's entity
 * key, each pointing at its priority's page. Example: Deliverable 7 on priority 3 →
 * "Deliverable:7" → { label: "Roll out of the ASB educational tool kit…", path: "/priorities/3" }.
 */
export function indexActivitySubjects(priorities: readonly PriorityRecords[]): ActivitySubjects {
  const index = new Map<string, ActivitySubject>();
  for (const priority of priorities) {
    const path = `/priorities/${priority.number}`;
    for (const d of priority.deliverables) index.set(`Deliverable:${d.id}`, { label: d.action, path });
    for (const s of [...priority.outcomes, ...priority.focus, ...priority.risks]) {
      index.set(`Statement:${s.id}`, { label: s.text, path });
    }
    for (const section of priority.scorecards.flatMap((card) => card.sections)) {
      index.set(`ScorecardSection:${section.id}`, { label: section.title, path });
      for (const c of section.commentary) index.set(`SectionCommentary:${c.id}`, { label: c.text, path });
    }
  }
  return index;
}
