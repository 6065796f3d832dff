import type { GraphQLContext } from "../../context.ts";

/** Ends the current session, if any; signing out twice is not an error. */
export async function signOut(ctx: GraphQLContext): Promise<boolean> {
  await ctx.session.end();
  return true;
}
