import { createContext } from "react";

/**
 * Why the editor is correcting a published quarter: asked once on the page (CorrectionReasonField) and
 * sent with every write, so each editor (deliverables, statements, commentary, narrative) gets it
 * without a prompt of its own. Empty while none has been given; a draft quarter needs none.
 */
export interface CorrectionReasonState {
  reason: string;
  setReason: (reason: string) => void;
}

export const CorrectionReasonContext = createContext<CorrectionReasonState>({
  reason: "",
  setReason: () => {},
});
