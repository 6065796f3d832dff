import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext, Viewer } from "../../context.ts";

/** The catalogue (what is measured, how it is judged, where it is shown) is the admin's to change. */
export function requireAdmin(ctx: Pick<GraphQLContext, "viewer">): Viewer {
  return requireRole(ctx, "ADMIN");
}
