import type { GraphQLContext } from "../../context.ts";
import type { UserRecord } from "../../data/records.ts";

/** The signed-in user, or null when nobody is signed in. */
export async function currentUser(ctx: GraphQLContext): Promise<UserRecord | null> {
  if (!ctx.viewer) return null;
  return ctx.repos.users.findById(ctx.viewer.id);
}
