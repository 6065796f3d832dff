import { graphql } from "../../gql";

/**
 * The quarters and where each stands, for the quarter bar (drafts come only to editors and admins).
 * The current period only when the page names none: before the first quarter is published there is
 * no current period (NOT_SET_UP), and the draft first quarter's own page must still get its bar.
 */
export const QuarterQuery = graphql(`
  query QuarterStatus($withCurrent: Boolean!) {
    currentPeriod @include(if: $withCurrent) {
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
