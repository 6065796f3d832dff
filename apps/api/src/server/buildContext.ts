import type { Request, Response } from "express";
import { clearSessionCookie, sessionSetCookie } from "../auth/sessionCookie.ts";
import { newSessionToken, sessionIdOf } from "../auth/sessionToken.ts";
import type { AuthPolicy, GraphQLContext, Repositories } from "../context.ts";
import { createLoaders } from "../data/loaders.ts";
import { seesDraftQuarters } from "../services/quarters/seesDraftQuarters.ts";

export interface ContextDeps {
  repos: Repositories;
  auth: AuthPolicy;
  sessionTtlHours: number;
}

/** A fresh context per GraphQL operation: the viewer from the session cookie, new DataLoaders. */
export function buildContext(deps: ContextDeps, req: Request, res: Response): GraphQLContext {
  const { repos, auth } = deps;
  return {
    requestId: req.requestId,
    viewer: req.viewer,
    repos,
    loaders: createLoaders(repos, { seesDrafts: seesDraftQuarters(req.viewer) }),
    auth,
    session: {
      clientKey: req.ip ?? req.socket.remoteAddress ?? "unknown",
      async start(userId) {
        const token = newSessionToken();
        const expiresAt = new Date(Date.now() + deps.sessionTtlHours * 3600_000);
        await repos.sessions.insert(sessionIdOf(token), userId, expiresAt);
        // A new session replaces any the browser held, so sign-in also ends the old one.
        if (req.sessionId) await repos.sessions.delete(req.sessionId);
        res.append("Set-Cookie", sessionSetCookie(token, expiresAt, auth.isProduction));
      },
      async end() {
        if (req.sessionId) await repos.sessions.delete(req.sessionId);
        res.append("Set-Cookie", clearSessionCookie(auth.isProduction));
      },
    },
  };
}
