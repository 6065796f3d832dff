import { hasRoleAtLeast } from "@pcc/domain";

/** Editors and admins change the scorecard; viewers and anonymous visitors only read it. */
export function canEdit(role: string | null | undefined): boolean {
  return hasRoleAtLeast(role, "EDITOR");
}
