import { createContext } from "react";
import type { ViewerQuery } from "../../gql/graphql";

/** Who is signed in, with the role questions the UI asks (see useViewer). */
export interface ViewerState {
  viewer: NonNullable<ViewerQuery["me"]> | null;
  loading: boolean;
  error: Error | undefined;
  /** What the page offers: false for everyone while an editor views the scorecard as a reader. */
  canEdit: boolean;
  isAdmin: boolean;
  /** The signed-in role may edit, even while viewing as a reader: who is offered the switch back. */
  hasEditRole: boolean;
  /** An editor has hidden editing controls and draft narrative for this tab (see readerView). */
  isViewingAsReader: boolean;
}

export const ViewerContext = createContext<ViewerState | null>(null);
