import { hashPassword, verifyPassword } from "../../auth/password.ts";
import type { GraphQLContext } from "../../context.ts";
import type { UserRecord } from "../../data/records.ts";
import { AppError, type FieldError } from "../../errors.ts";

// Verified when the email is unknown, so a wrong email costs as long as a wrong password.
const dummyHash = hashPassword("not-a-real-password-0000");

const WRONG: FieldError[] = [{ field: "password", message: "Email or password is not right" }];

export interface SignInOutcome {
  user: UserRecord | null;
  errors: FieldError[];
}

/** Checks the credentials and starts a cookie session. Never says which part was wrong. */
export async function signIn(ctx: GraphQLContext, email: string, password: string): Promise<SignInOutcome> {
  if (!(await ctx.auth.allowSignInAttempt(ctx.session.clientKey, email.trim().toLowerCase()))) {
    throw new AppError("RATE_LIMITED", "Too many sign-in attempts; wait a minute and try again");
  }
  const found = await ctx.repos.users.findForSignIn(email);
  const isMatch = await verifyPassword(found?.passwordHash ?? (await dummyHash), password);
  // Demo accounts have a published password: production refuses them outright.
  if (!found || !isMatch) return { user: null, errors: WRONG };
  if (!found.user.isActive || (found.user.isDemo && ctx.auth.isProduction))
    return { user: null, errors: WRONG };
  await ctx.session.start(found.user.id);
  return { user: found.user, errors: [] };
}
