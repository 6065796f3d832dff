import type { UserRecord } from "../../data/records.ts";
import type { FieldError } from "../../errors.ts";
import type { UserResult } from "../resolvers-types.ts";
import { presentUser } from "./presentUser.ts";

/**
 * createUser's and updateUser's result, tagged with its __typename: SignInResult carries the same
 * `user` field, so MutationResult's type resolver needs the tag to tell them apart.
 */
export function userResult(r: { user: UserRecord | null; errors: FieldError[] }): UserResult {
  return { __typename: "UserResult", user: r.user ? presentUser(r.user) : null, errors: r.errors };
}
