import { useContext } from "react";
import { ViewerContext, type ViewerState } from "./ViewerContext";

/** Who is signed in, with the role questions the UI asks. Anonymous until `me` says otherwise. */
export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error("useViewer needs a ViewerProvider around the app (see app/App.tsx)");
  return state;
}
