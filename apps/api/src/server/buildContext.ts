import type { Request, Response } from "express";
import { clearSessionCookie, sessionSetCookie } from "../auth/sessionCookie.ts";
import { newSessionToken, sessionIdOf } from "../auth/sessionToken.ts";
import type { AuthPolicy, GraphQLContext } from "../context.ts";
import type { Database } from "../data/db.ts";
import { createLoaders } from "../data/loaders.ts";
import { deleteSession, insertSession } from "../data/users/sessions.ts";

export interface ContextDeps {
  db: Database;
  auth: AuthPolicy;
  sessionTtlHours: number;
}

/** A fresh context per GraphQL operation: the viewer from the session cookie, new DataLoaders. */
export function buildContext(deps: ContextDeps, req: Request, res: Response): GraphQLContext {
  const { db, auth } = deps;
  return {
    requestId: req.requestId,
    viewer: req.viewer,
    db,
    loaders: createLoaders(db),
    auth,
    session: {
      clientKey: req.ip ?? req.socket.remoteAddress ?? "unknown",
      async start(userId) {
        const token = newSessionToken();
        const expiresAt = new Date(Date.now() + deps.sessionTtlHours * 3600_000);
        await insertSession(db, sessionIdOf(token), userId, expiresAt);
        // A new session replaces any the browser held, so sign-in also ends the old one.
        if (req.sessionId) await deleteSession(db, req.sessionId);
        res.append("Set-Cookie", sessionSetCookie(token, expiresAt, auth.isProduction));
      },
      async end() {
        if (req.sessionId) await deleteSession(db, req.sessionId);
        res.append("Set-Cookie", clearSessionCookie(auth.isProduction));
      },
    },
  };
}
