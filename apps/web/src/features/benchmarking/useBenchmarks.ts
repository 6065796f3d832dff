import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

// The benchmark route's one query: the page's breadcrumb and title, and the comparison's fragments,
// declared beside the components that render them. createRoutes preloads it from this file.
export const BenchmarksQuery = graphql(`
  query Benchmarks($id: ID!, $period: String) {
    plan {
      id
      ...BenchmarkComparison_plan
    }
    metric(id: $id) {
      id
      name
      benchmarkPosition(period: $period) {
        comparedWith
      }
      ...BenchmarkComparison_metric
    }
  }
`);

export function useBenchmarks(id: string, period: string | undefined) {
  return useQuery(BenchmarksQuery, { variables: { id, period } });
}
