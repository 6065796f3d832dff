import { useEffect } from "react";
import { useBlocker } from "react-router";

const QUESTION = "You have unsaved changes. Leave this page and lose them?";

/**
 * Warns before unsaved changes are lost: in-app navigation asks first (react-router's blocker) and
 * closing or reloading the tab triggers the browser's own prompt (beforeunload).
 */
export function useUnsavedChangesGuard(isDirty: boolean): void {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    return (
      isDirty &&
      currentLocation.pathname + currentLocation.search !== nextLocation.pathname + nextLocation.search
    );
  });

  useEffect(() => {
    if (blocker.state !== "blocked") return;
    // A native confirm is announced by every screen reader and needs no focus management.
    if (window.confirm(QUESTION)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);

  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers still need returnValue set to show the prompt.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isDirty]);
}
