import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

export const BenchmarksQuery = graphql(`
  query Benchmarks($id: ID!, $period: String) {
    plan {
      id
      forceName
    }
    metric(id: $id) {
      id
      name
      unit
      polarity
      priorityNumber
      latest(period: $period) {
        id
        value
        periodEnd
        illustrative
      }
      benchmarks {
        id
        value
        lower
        upper
        periodStart
        periodEnd
        illustrative
        source
        note
        comparator {
          id
          code
          name
          kind
          isHomeForce
        }
      }
      benchmarkPosition(period: $period) {
        text
        forceValue
        msgAverage
        national
        msgRank
        msgRankOutOf
        msgQuartile
        nationalRank
        nationalRankOutOf
        nationalQuartile
        periodEnd
      }
    }
  }
`);

export function useBenchmarks(id: string, period: string | undefined) {
  return useQuery(BenchmarksQuery, { variables: { id, period } });
}
