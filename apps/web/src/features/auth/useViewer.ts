import { useQuery } from "@apollo/client/react";
import { canEdit } from "./canEdit";
import { isAdmin } from "./isAdmin";
import { ViewerQuery } from "./ViewerQuery";

/** Who is signed in, with the role questions the UI asks. Anonymous until `me` says otherwise. */
export function useViewer() {
  const { data, loading, error } = useQuery(ViewerQuery);
  const viewer = data?.me ?? null;
  return {
    viewer,
    loading,
    error,
    canEdit: canEdit(viewer?.role),
    isAdmin: isAdmin(viewer?.role),
  };
}
