import type { NextFunction, Request, Response } from "express";
import { readSessionCookie } from "../auth/sessionCookie.ts";
import { sessionIdOf } from "../auth/sessionToken.ts";
import type { Viewer } from "../context.ts";
import type { Database } from "../data/db.ts";
import { findSessionViewer } from "../data/users/sessions.ts";

declare global {
  namespace Express {
    interface Request {
      viewer: Viewer | null;
      /** The Session row id (sha256 of the cookie token), when a cookie was sent. */
      sessionId: string | null;
    }
  }
}

/**
 * Resolves the session cookie to a viewer for GraphQL and REST alike. A database error here
 * leaves the request anonymous rather than failing it: /healthz and static files still work.
 */
export function sessionMiddleware(db: Database, isProduction: boolean) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    req.viewer = null;
    const token = readSessionCookie(req.headers.cookie);
    req.sessionId = token ? sessionIdOf(token) : null;
    if (req.sessionId) {
      const found = await findSessionViewer(db, req.sessionId, new Date()).catch(() => null);
      // Demo accounts are refused in production even if a session somehow exists.
      if (found && !(found.isDemo && isProduction)) req.viewer = found.viewer;
    }
    next();
  };
}
