import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

export const PriorityQuery = graphql(`
  query Priority($number: Int!, $period: String) {
    deliverableStatusDate(period: $period)
    priority(number: $number) {
      id
      number
      title
      outcomes(period: $period) {
        id
        text
        version
      }
      focus(period: $period) {
        id
        text
        version
      }
      risks(period: $period) {
        id
        text
        version
        review
      }
      previousFocus(period: $period) {
        id
        text
      }
      deliverables(period: $period) {
        ...DeliverablesTable_deliverable
      }
      scorecards {
        id
        title
        kind
        sections {
          ...ScorecardSectionView_section
        }
      }
    }
  }
`);

export function usePriority(number: number, period: string | undefined) {
  return useQuery(PriorityQuery, { variables: { number, period } });
}
