import { useQuery } from "@apollo/client/react";
import { type ReactNode, useMemo } from "react";
import { canEdit } from "./canEdit";
import { isAdmin } from "./isAdmin";
import { ViewerContext, type ViewerState } from "./ViewerContext";
import { ViewerQuery } from "./ViewerQuery";

/**
 * Asks who is signed in once for the whole app. Every gate (RequireRole, each deliverable's editor, the
 * header) reads it from here: a query watcher per gate was dozens on a priority page, each reading the
 * cache as the page hydrated (issue 5 item 7, blocking time).
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useQuery(ViewerQuery);
  const viewer = data?.me ?? null;
  const value = useMemo(
    (): ViewerState => ({
      viewer,
      loading,
      error,
      canEdit: canEdit(viewer?.role),
      isAdmin: isAdmin(viewer?.role),
    }),
    [viewer, loading, error],
  );
  return <ViewerContext value={value}>{children}</ViewerContext>;
}
