import { useQuery } from "@apollo/client/react";
import { type ReactNode, useMemo, useSyncExternalStore } from "react";
import { canEdit } from "./canEdit";
import { isAdmin } from "./isAdmin";
import { readerViewSnapshot, subscribeToReaderView } from "./readerView";
import { ViewerContext, type ViewerState } from "./ViewerContext";
import { ViewerQuery } from "./ViewerQuery";

/**
 * Asks who is signed in once for the whole app. Every gate (RequireRole, each deliverable's editor, the
 * header) reads it from here: a query watcher per gate was dozens on a priority page, each reading the
 * cache as the page hydrated (it keeps total blocking time low). While an editor views as a reader, every
 * gate answers as for a reader, so no edit control shows on the meeting screen.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useQuery(ViewerQuery);
  const viewer = data?.me ?? null;
  // The server renders without the tab's storage, so hydration starts from "editing" and React then
  // re-renders with the tab's choice (the server snapshot avoids a hydration mismatch).
  const isReaderViewOn = useSyncExternalStore(subscribeToReaderView, readerViewSnapshot, () => false);
  const value = useMemo((): ViewerState => {
    const hasEditRole = canEdit(viewer?.role);
    const isViewingAsReader = hasEditRole && isReaderViewOn;
    return {
      viewer,
      loading,
      error,
      canEdit: hasEditRole && !isViewingAsReader,
      isAdmin: isAdmin(viewer?.role) && !isViewingAsReader,
      hasEditRole,
      isViewingAsReader,
    };
  }, [viewer, loading, error, isReaderViewOn]);
  return <ViewerContext value={value}>{children}</ViewerContext>;
}
