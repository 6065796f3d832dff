import { useContext } from "react";
import { CorrectionReasonContext } from "./CorrectionReasonContext";

/** The reason to send with a write (undefined when none was given: a draft needs none). */
export function useCorrectionReason(): string | undefined {
  const { reason } = useContext(CorrectionReasonContext);
  return reason.trim() || undefined;
}
