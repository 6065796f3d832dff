/** Only admins manage users and roles (issue 6). */
export function isAdmin(role: string | null | undefined): boolean {
  return role === "ADMIN";
}
