import { graphql } from "../../gql";

export const OpenNextQuarterMutation = graphql(`
  mutation OpenNextQuarter($from: String!) {
    openNextQuarter(from: $from) {
      quarter {
        id
        code
        label
        status
        version
      }
      errors {
        field
        message
      }
    }
  }
`);

export const PublishQuarterMutation = graphql(`
  mutation PublishQuarter($period: String!, $version: Int!) {
    publishQuarter(period: $period, version: $version) {
      quarter {
        id
        code
        label
        status
        version
        publishedAt
      }
      errors {
        field
        message
      }
    }
  }
`);
