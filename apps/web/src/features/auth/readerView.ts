// An editor driving the meeting screen can see the scorecard as a reader does. The choice lasts for
// the tab (sessionStorage): a reload mid-meeting keeps it; a new tab, or the next session, starts editing.
const KEY = "pcc:view-as-reader";
const listeners = new Set<() => void>();
// The last choice, for when storage is blocked (some private modes and policies): it then holds for the page.
let lastChoice: boolean | null = null;

/** Whether this tab shows the scorecard as a reader, whatever the signed-in role (useSyncExternalStore's read). */
export function readerViewSnapshot(): boolean {
  try {
    return window.sessionStorage.getItem(KEY) === "on";
  } catch {
    return lastChoice ?? false;
  }
}

/** Turns reader view on or off for this tab and tells every subscriber. */
export function setViewingAsReader(isOn: boolean): void {
  lastChoice = isOn;
  try {
    if (isOn) window.sessionStorage.setItem(KEY, "on");
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Not remembered across a reload, but applied to this page through lastChoice.
  }
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: calls `listener` whenever reader view changes in this tab. */
export function subscribeToReaderView(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
