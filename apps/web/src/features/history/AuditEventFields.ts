import { graphql } from "../../gql";

/** What a history line shows: who, when, what, and one line per changed field. */
export const AuditEventFields = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    at
    actorEmail
    action
    entityType
    entityId
    changes
  }
`);
