import type { NextFunction, Request, Response } from "express";
import { readSessionCookie } from "../auth/sessionCookie.ts";
import { sessionIdOf } from "../auth/sessionToken.ts";
import type { Repositories, Viewer } from "../context.ts";
import { findSessionViewer } from "../services/users/findSessionViewer.ts";

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
 * Resolves the session cookie to a viewer for GraphQL and REST alike. When the database cannot be
 * asked, API calls get a clean 503 (not a misleading "signed out"); pages still load.
 */
export function sessionMiddleware(repos: Repositories, isProduction: boolean) {
  return async (req: Request, res: Response, next: NextFunction) => {
    req.viewer = null;
    const token = readSessionCookie(req.headers.cookie);
    req.sessionId = token ? sessionIdOf(token) : null;
    if (!req.sessionId) return next();
    try {
      req.viewer = await findSessionViewer(repos, req.sessionId, isProduction);
    } catch {
      if (!isApiPath(req.path)) return next();
      res
        .status(503)
        .json({ errors: [{ message: UNAVAILABLE, extensions: { code: "SERVICE_UNAVAILABLE" } }] });
      return;
    }
    next();
  };
}

const UNAVAILABLE = "The database is not reachable; try again shortly";
const isApiPath = (path: string) => path.startsWith("/graphql") || path.startsWith("/api/");
