/** The role in words for the header badge and the users page. */
export function roleLabel(role: string): string {
  return { VIEWER: "Viewer", EDITOR: "Editor", ADMIN: "Admin" }[role] ?? role;
}
