import { hasRoleAtLeast } from "@pcc/domain";
import type { GraphQLContext, Role, Viewer } from "../context.ts";
import { AppError, unauthenticated } from "../errors.ts";

/**
 * Authorisation rule for one operation: throws UNAUTHENTICATED when nobody is signed in and
 * FORBIDDEN when the viewer's role is below `minimum` (the domain's role order); otherwise returns the viewer.
 * Usage in a service: `const viewer = requireRole(ctx, "EDITOR");`
 */
export function requireRole(ctx: Pick<GraphQLContext, "viewer">, minimum: Role): Viewer {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (!hasRoleAtLeast(viewer.role, minimum)) {
    throw new AppError("FORBIDDEN", `This needs the ${minimum.toLowerCase()} role or above`);
  }
  return viewer;
}
