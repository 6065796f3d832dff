import { useState } from "react";
import type { Conflict } from "./Conflict";
import { conflictFrom } from "./conflictFrom";
import { describeSaveFailure } from "./describeSaveFailure";
import type { EditableValues } from "./EditableValues";

type FieldErrors = readonly { field: string; message: string }[];

/** Sends changed values against a version; resolves with the field errors (empty when saved). */
export type SaveValues = (values: EditableValues, expectedVersion: number) => Promise<FieldErrors>;

/**
 * One versioned write and what came of it: field errors stay beside their fields, a CONFLICT becomes
 * the two versions to choose between, and the outcome is announced in `status`.
 */
export function useSaveRequest(save: SaveValues, onSaved: () => void) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [status, setStatus] = useState("");
  const [saving, setSaving] = useState(false);

  /** Sends `values` against `version`; `sent` is what the editor had, kept for a conflict's choice. */
  async function send(values: EditableValues, version: number, sent: Pick<Conflict, "base" | "mine">) {
    setSaving(true);
    setStatus("Saving…");
    try {
      const errors = await save(values, version);
      setFieldErrors(errors);
      setConflict(null);
      // A correction's reason is asked once for the page (CorrectionReasonField), not beside a field here.
      const needsReason = errors.find((e) => e.field === "reason");
      setStatus(
        needsReason
          ? `Not saved: ${needsReason.message} (Reason for correcting, at the top of the page).`
          : errors.length
            ? "Not saved: check the fields marked with a warning."
            : "Saved.",
      );
      if (errors.length === 0) onSaved();
    } catch (error) {
      const found = conflictFrom(error, { ...sent, version });
      if (found) setConflict(found);
      setStatus(
        found ? "Someone else saved this first. Choose which version to keep." : describeSaveFailure(error),
      );
    } finally {
      setSaving(false);
    }
  }

  return { send, saving, status, setStatus, fieldErrors, conflict, setConflict };
}
