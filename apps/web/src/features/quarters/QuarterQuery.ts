import { graphql } from "../../gql";

/** The quarters and where each stands, for the quarter bar (drafts come only to editors and admins). */
export const QuarterQuery = graphql(`
  query QuarterStatus {
    currentPeriod {
      id
      code
    }
    reportingPeriods(kind: QUARTER) {
      id
      code
      label
      status
      version
      next {
        id
        code
      }
      openedFrom {
        id
        code
        label
      }
    }
  }
`);
