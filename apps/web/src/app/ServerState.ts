import type { HydrationState } from "react-router";

/** The id of the JSON script the server writes after #root (see src/entry-server.tsx). */
export const SERVER_STATE_ID = "ssr-state";

/**
 * What the server hands the browser with a rendered page: the Apollo cache the page was rendered from
 * and the router's hydration data. JSON in a non-executed script, so the CSP (script-src 'self') holds.
 */
export interface ServerState {
  apollo: unknown;
  router: HydrationState;
}
