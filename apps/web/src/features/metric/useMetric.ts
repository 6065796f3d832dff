import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

// The metric route's one query: the page's own fields (breadcrumb, title, banner) and each section's
// fragment, declared beside the component that renders it. createRoutes preloads it from this file, so
// the request starts while the page's code downloads; the server renders the page from the same query.
// The period goes to the metric too: a published quarter shows the definition it was published with.
export const MetricQuery = graphql(`
  query Metric($id: ID!, $period: String) {
    metric(id: $id, period: $period) {
      id
      name
      description
      priorityNumber
      sectionTitle
      series {
        illustrative
      }
      narrative(period: $period) {
        ...NarrativeList_sentence
      }
      ...MetricHeadline_metric
      ...RelatedViews_metric
      ...XmrSection_metric
      ...Breakdowns_metric
      ...MetricFacts_metric
    }
  }
`);

export function useMetric(id: string, period: string | undefined) {
  return useQuery(MetricQuery, { variables: { id, period } });
}
