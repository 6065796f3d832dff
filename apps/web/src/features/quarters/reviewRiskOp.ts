import { graphql } from "../../gql";

export const ReviewRiskMutation = graphql(`
  mutation ReviewRisk($id: ID!, $expectedVersion: Int!, $review: RiskReviewDecision!, $text: String, $reason: String) {
    reviewRisk(id: $id, expectedVersion: $expectedVersion, review: $review, text: $text, reason: $reason) {
      statement {
        id
        text
        review
        retired
        version
      }
      errors {
        field
        message
      }
    }
  }
`);
