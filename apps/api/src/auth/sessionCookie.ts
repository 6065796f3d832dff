import { parseCookie, stringifySetCookie } from "cookie";

export const SESSION_COOKIE = "pcc_session";

/** The session token from a Cookie header, if any. */
export function readSessionCookie(header: string | undefined): string | null {
  if (!header) return null;
  return parseCookie(header)[SESSION_COOKIE] ?? null;
}

/** Set-Cookie for a new session: HttpOnly (no script access), SameSite=Lax, Secure in production. */
export function sessionSetCookie(token: string, expiresAt: Date, isProduction: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction,
    path: "/",
    expires: expiresAt,
  });
}

/** Set-Cookie that removes the session cookie. */
export function clearSessionCookie(isProduction: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, "", {
    httpOnly: true,
    sameSite: "lax",
    secure: isProduction,
    path: "/",
    expires: new Date(0),
  });
}
