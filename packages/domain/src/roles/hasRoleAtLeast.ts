import type { Role } from "./Role.ts";

// Roles are ordered: an admin may do everything an editor may, an editor everything a viewer may.
const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/**
 * Whether someone with `role` may do what needs `minimum`. Nobody signed in (null or undefined),
 * or a role this code does not know, ranks below every role, so it is never let in by mistake.
 * @example hasRoleAtLeast("ADMIN", "EDITOR") // true; hasRoleAtLeast("VIEWER", "EDITOR") // false
 */
export function hasRoleAtLeast(role: string | null | undefined, minimum: Role): boolean {
  const rank = role ? (RANK[role as Role] ?? 0) : 0;
  return rank >= RANK[minimum];
}
