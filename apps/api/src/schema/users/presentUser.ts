import type { UserRecord } from "../../data/records.ts";
import type { User } from "../resolvers-types.ts";

/** The user in its GraphQL shape: GraphQL IDs are strings; the database's are integers. */
export function presentUser(u: UserRecord): User {
  return { ...u, id: String(u.id) };
}
