import { SERVER_STATE_ID, type ServerState } from "./ServerState";

let state: ServerState | null | undefined;

/** The state the server rendered this page with, or null when the page came as the plain SPA shell. */
export function readServerState(): ServerState | null {
  if (state !== undefined) return state;
  const text = typeof document === "undefined" ? null : document.getElementById(SERVER_STATE_ID)?.textContent;
  try {
    state = text ? (JSON.parse(text) as ServerState) : null;
  } catch {
    state = null;
  }
  return state;
}
