import { hasRoleAtLeast } from "@pcc/domain";

/** Only admins manage users and roles. */
export function isAdmin(role: string | null | undefined): boolean {
  return hasRoleAtLeast(role, "ADMIN");
}
