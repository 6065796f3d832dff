import { createContext } from "react";
import type { ViewerQuery } from "../../gql/graphql";

/** Who is signed in, with the role questions the UI asks (see useViewer). */
export interface ViewerState {
  viewer: NonNullable<ViewerQuery["me"]> | null;
  loading: boolean;
  error: Error | undefined;
  canEdit: boolean;
  isAdmin: boolean;
}

export const ViewerContext = createContext<ViewerState | null>(null);
