import { graphql } from "../../gql";

/** The scorecards a template can be downloaded for, grouped by priority as the report orders them. */
export const ImportScorecardsQuery = graphql(`
  query ImportScorecards {
    priorities {
      id
      number
      title
      scorecards {
        id
        title
      }
    }
  }
`);
