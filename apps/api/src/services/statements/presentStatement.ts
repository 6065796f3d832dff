import type { CommentaryRecord, StatementRecord } from "../../data/records.ts";

/** The record in its GraphQL shape (extensions.current of a CONFLICT) minus the period edge. */
export function presentStatement(s: StatementRecord) {
  return {
    __typename: "Statement",
    id: String(s.id),
    kind: s.kind,
    text: s.text,
    position: s.position,
    retired: s.retired,
    version: s.version,
    updatedAt: s.updatedAt,
    priorityNumber: s.priorityNumber,
    review: s.review,
  };
}

export function presentCommentary(c: CommentaryRecord) {
  return {
    __typename: "Commentary",
    id: String(c.id),
    text: c.text,
    position: c.position,
    origin: c.origin,
    retired: c.retired,
    version: c.version,
    updatedAt: c.updatedAt,
  };
}

/** What the audit log keeps: the fields a person edits, plus the version. */
export const statementSnapshot = (s: StatementRecord) => ({
  kind: s.kind,
  text: s.text,
  position: s.position,
  retired: s.retired,
  ...(s.review !== null && { review: s.review }),
  version: s.version,
});

export const commentarySnapshot = (c: CommentaryRecord) => ({
  text: c.text,
  position: c.position,
  origin: c.origin,
  retired: c.retired,
  version: c.version,
});
