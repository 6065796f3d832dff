import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

// The overview route's one query: what the page reads itself (a key per priority, whether the exceptions
// rest mostly on generated months) and the fragments of the cards and the list that render the rest.
export const OverviewQuery = graphql(`
  query Overview($period: String) {
    priorities {
      number
      ...PriorityCard_priority
    }
    exceptions(period: $period) {
      illustrative
      ...ExceptionsList_exception
    }
  }
`);

export function useOverview(period: string | undefined) {
  return useQuery(OverviewQuery, { variables: { period } });
}
