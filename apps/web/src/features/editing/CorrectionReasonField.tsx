import { useContext, useId } from "react";
import { inputClasses } from "../../ui/inputClasses";
import { CorrectionReasonContext } from "./CorrectionReasonContext";

/** The server's words when a correction has no reason, shown beside the field that asks for one. */
export const CORRECTION_REASON_NEEDED = "This quarter is published; say why you are correcting it";

/**
 * The one place an editor says why they are correcting a published quarter. Every save on the page
 * sends it, and the audit log keeps it beside the change.
 */
export function CorrectionReasonField() {
  const id = useId();
  const hintId = useId();
  const { reason, setReason } = useContext(CorrectionReasonContext);
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-medium">
        Reason for correcting
      </label>
      <p id={hintId} className="text-sm text-muted">
        {CORRECTION_REASON_NEEDED}. Each change you save here keeps this reason in its history.
      </p>
      <input
        id={id}
        type="text"
        value={reason}
        maxLength={500}
        aria-describedby={hintId}
        onChange={(event) => setReason(event.target.value)}
        className={`${inputClasses(false)} mt-1`}
        placeholder="e.g. The board paper gave 70%, not 55%"
      />
    </div>
  );
}
