import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

export const OverviewQuery = graphql(`
  query Overview($period: String) {
    currentPeriod {
      id
      code
      label
    }
    priorities {
      ...PriorityCard_priority
    }
    exceptions(period: $period) {
      ...ExceptionsList_exception
    }
  }
`);

export function useOverview(period: string | undefined) {
  return useQuery(OverviewQuery, { variables: { period } });
}
