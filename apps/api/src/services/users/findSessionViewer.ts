import type { GraphQLContext, Viewer } from "../../context.ts";

/**
 * The viewer a session cookie stands for, or null: no such live session, or a demo account in
 * production (refused even if a session somehow exists). Throws when the database cannot be asked.
 */
export async function findSessionViewer(
  repos: Pick<GraphQLContext["repos"], "sessions">,
  sessionId: string,
  isProduction: boolean,
): Promise<Viewer | null> {
  const found = await repos.sessions.findViewer(sessionId, new Date());
  return found && !(found.isDemo && isProduction) ? found.viewer : null;
}
