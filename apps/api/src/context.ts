import type { Loaders } from "./data/loaders.ts";
import type { Repositories } from "./data/repositories/Repositories.ts";
import type { Viewer } from "./data/users/viewer.ts";

export type { Repositories, TransactionRepositories } from "./data/repositories/Repositories.ts";
export type { Role, Viewer } from "./data/users/viewer.ts";

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

/**
 * Per-request context: built fresh for every GraphQL operation. Services reach the database only
 * through `repos` and `loaders`, never through a pool or a Prisma client.
 */
export interface GraphQLContext {
  requestId: string;
  viewer: Viewer | null;
  /** The process's repositories (one per entity) and its transaction helper. */
  repos: Repositories;
  /** Per-request DataLoaders for every one-to-many edge. */
  loaders: Loaders;
  session: SessionControl;
  auth: AuthPolicy;
}
