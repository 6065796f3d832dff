/**
 * Where to go after signing in: the `next` path if it stays on this site, else the overview.
 * "//host" and "https://…" are refused so the sign-in page cannot be used as an open redirect.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/sign-in")) return "/";
  return next;
}
