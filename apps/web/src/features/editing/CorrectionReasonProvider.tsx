import { type ReactNode, useMemo, useState } from "react";
import { CorrectionReasonContext } from "./CorrectionReasonContext";

/** Holds the correction reason for the tab, so it survives moving between a quarter's pages. */
export function CorrectionReasonProvider({ children }: { children: ReactNode }) {
  const [reason, setReason] = useState("");
  const state = useMemo(() => ({ reason, setReason }), [reason]);
  return <CorrectionReasonContext.Provider value={state}>{children}</CorrectionReasonContext.Provider>;
}
