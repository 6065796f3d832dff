import type { GraphQLContext, Role, Viewer } from "../context.ts";
import { AppError, unauthenticated } from "../errors.ts";

// Roles are ordered: an admin may do everything an editor may, an editor everything a viewer may.
const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/**
 * Authorisation rule for one operation: throws UNAUTHENTICATED when nobody is signed in and
 * FORBIDDEN when the viewer's role is below `minimum`; otherwise returns the viewer.
 * Usage in a service: `const viewer = requireRole(ctx, "EDITOR");`
 */
export function requireRole(ctx: Pick<GraphQLContext, "viewer">, minimum: Role): Viewer {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (RANK[viewer.role] < RANK[minimum]) {
    throw new AppError("FORBIDDEN", `This needs the ${minimum.toLowerCase()} role or above`);
  }
  return viewer;
}
