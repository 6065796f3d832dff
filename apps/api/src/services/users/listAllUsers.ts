import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext } from "../../context.ts";
import type { UserRecord } from "../../data/records.ts";

/** Every user, for the admin screen. */
export function listAllUsers(ctx: GraphQLContext): Promise<UserRecord[]> {
  requireRole(ctx, "ADMIN");
  return ctx.repos.users.list();
}
