import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False on the server and while hydrating its HTML, true afterwards (and at once in a browser-only
 * render). Parts that only the browser can draw — the lazily loaded Recharts charts — wait for it, so
 * the hydrated tree matches the server's markup.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
