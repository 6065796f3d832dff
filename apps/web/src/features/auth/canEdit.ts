/** Editors and admins change the scorecard; viewers and anonymous visitors only read it (issue 6). */
export function canEdit(role: string | null | undefined): boolean {
  return role === "EDITOR" || role === "ADMIN";
}
