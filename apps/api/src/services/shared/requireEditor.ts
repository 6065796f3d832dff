import { requireRole } from "../../auth/requireRole.ts";
import type { GraphQLContext, Viewer } from "../../context.ts";

/** Every scorecard write needs the editor role or above. */
export function requireEditor(ctx: Pick<GraphQLContext, "viewer">): Viewer {
  return requireRole(ctx, "EDITOR");
}
