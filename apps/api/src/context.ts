import type { Database } from "./data/db.ts";
import type { Loaders } from "./data/loaders.ts";

export type Role = "VIEWER" | "EDITOR" | "ADMIN";

/** The signed-in person a request acts for. */
export interface Viewer {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/** Cookie-session operations the users module needs; implemented by the HTTP layer. */
export interface SessionControl {
  /** Creates a session for the user and sets the HttpOnly cookie on the response. */
  start(userId: number): Promise<void>;
  /** Deletes the current session (if any) and clears the cookie. */
  end(): Promise<void>;
  /** The client address, for sign-in rate limiting. */
  clientKey: string;
}

/** Sign-in rules that depend on how and where the server runs; implemented by the HTTP layer. */
export interface AuthPolicy {
  /** In production demo accounts are never created nor accepted. */
  isProduction: boolean;
  /** Counts one sign-in attempt; false when this client (or this client and email) is over its limit. */
  allowSignInAttempt(clientKey: string, email: string): Promise<boolean>;
}

/** Per-request context: built fresh for every GraphQL operation. */
export interface GraphQLContext {
  requestId: string;
  viewer: Viewer | null;
  db: Database;
  /** Per-request DataLoaders for every one-to-many edge. */
  loaders: Loaders;
  session: SessionControl;
  auth: AuthPolicy;
}
