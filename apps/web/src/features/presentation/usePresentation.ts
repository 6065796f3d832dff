import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

export const PresentationQuery = graphql(`
  query Presentation($period: String) {
    currentPeriod {
      id
      code
      label
    }
    exceptions(period: $period) {
      ...ExceptionsList_exception
      metric {
        id
        series {
          values
        }
      }
    }
    priorities {
      ...PriorityCard_priority
      outcomes(period: $period) {
        id
        text
      }
    }
  }
`);

export function usePresentation(period: string | undefined) {
  return useQuery(PresentationQuery, { variables: { period } });
}
