import { graphql } from "../../gql";

/** The signed-in user, or null: one query every gate and the header badge share through the cache. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      name
      role
      isActive
      version
    }
  }
`);
