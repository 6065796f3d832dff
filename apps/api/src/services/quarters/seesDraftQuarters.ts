import { hasRoleAtLeast } from "@pcc/domain";
import type { Viewer } from "../../context.ts";

/**
 * Whether a viewer may see draft quarters: editors and admins, who write them. Anonymous readers and
 * viewers see published quarters only, and a draft is to them as if it did not exist.
 */
export function seesDraftQuarters(viewer: Viewer | null | undefined): boolean {
  return viewer ? hasRoleAtLeast(viewer.role, "EDITOR") : false;
}
