import { graphql } from "../../gql";

/** The setup checklist: each step, done or not, with the records the forms need to show. */
export const SetupStatusQuery = graphql(`
  query SetupStatus {
    setupStatus {
      isComplete
      steps {
        key
        isDone
        isRequired
        detail
      }
      homeForce {
        id
        code
        name
      }
      plan {
        id
        title
      }
      firstQuarter {
        id
        code
        label
      }
    }
    priorities {
      id
      number
      title
    }
  }
`);
