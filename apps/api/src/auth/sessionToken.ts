import { createHash, randomBytes } from "node:crypto";

/** A new random session token for the cookie (256 bits, URL-safe). */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The Session row id for a token: its sha256, so a leaked table yields no usable cookie. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
