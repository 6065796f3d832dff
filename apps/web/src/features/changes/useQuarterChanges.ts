import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

// The "what changed" route's one query: the two quarters compared, the earlier quarters it may be
// compared with instead, and each change with what its link needs.
export const QuarterChangesQuery = graphql(`
  query QuarterChanges($period: String, $since: String) {
    quarterChanges(period: $period, since: $since) {
      from { code label }
      to { code label start }
      changes {
        ...ChangeItem_change
      }
    }
    reportingPeriods(kind: QUARTER) { code label start }
  }
`);

export function useQuarterChanges(period: string | undefined, since: string | undefined) {
  return useQuery(QuarterChangesQuery, { variables: { period, since } });
}
