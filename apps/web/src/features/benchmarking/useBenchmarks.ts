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
      benchmarks {
        id
        value
        lower
        upper
        rank
        rankOutOf
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
        comparedWith
        periodEnd
        periodLabel
        forceValue
        forcePeriodEnd
        forceLower
        forceUpper
        forceIllustrative
        msgAverage
        national
        msgRank
        msgRankOutOf
        msgQuartile
        nationalRank
        nationalRankOutOf
        nationalQuartile
      }
    }
  }
`);

export function useBenchmarks(id: string, period: string | undefined) {
  return useQuery(BenchmarksQuery, { variables: { id, period } });
}
