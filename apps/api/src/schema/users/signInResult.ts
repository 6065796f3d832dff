import type { UserRecord } from "../../data/records.ts";
import type { FieldError } from "../../errors.ts";
import type { SignInResult } from "../resolvers-types.ts";
import { presentUser } from "./presentUser.ts";

/**
 * signIn's result. Tagged with its __typename because SignInResult and UserResult carry the same
 * payload field (`user`), so MutationResult's type resolver cannot tell them apart by shape.
 */
export function signInResult(r: { user: UserRecord | null; errors: FieldError[] }): SignInResult {
  return { __typename: "SignInResult", user: r.user ? presentUser(r.user) : null, errors: r.errors };
}
