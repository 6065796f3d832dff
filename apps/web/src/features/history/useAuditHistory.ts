import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

const AuditHistoryQuery = graphql(`
  query AuditHistory($entityType: String!, $entityId: ID!) {
    auditHistory(entityType: $entityType, entityId: $entityId) {
      ...AuditEventFields
    }
  }
`);

/** One record's change history, always fresh from the network: it is opened to see the latest. */
export function useAuditHistory(entityType: string, entityId: string) {
  return useQuery(AuditHistoryQuery, { variables: { entityType, entityId }, fetchPolicy: "network-only" });
}
