import { graphql } from "../../gql";

/** Every user, for admins. */
export const UsersQuery = graphql(`
  query Users {
    users {
      id
      email
      name
      role
      isActive
      version
    }
  }
`);
