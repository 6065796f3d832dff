import { useState } from "react";
import type { Conflict } from "./Conflict";
import { changedFields } from "./changedFields";
import { conflictFrom } from "./conflictFrom";
import { describeSaveFailure } from "./describeSaveFailure";
import type { EditableValues } from "./EditableValues";
import { type ConflictChoice, resolveConflict } from "./resolveConflict";

type FieldErrors = readonly { field: string; message: string }[];

/** Sends changed values against a version; resolves with the field errors (empty when saved). */
export type SaveValues = (values: EditableValues, expectedVersion: number) => Promise<FieldErrors>;

/** The record as the editor loaded it: the values it starts from and the version they belong to. */
export type LoadedVersion = { values: EditableValues; version: number };

/** What an editor holds while saving: see useVersionedSave. */
export type VersionedSave = ReturnType<typeof useVersionedSave>;

/**
 * The save cycle every editor shares: send only the changed fields with expectedVersion; field errors
 * stay beside their fields; a CONFLICT opens the two-version choice instead of overwriting; the outcome
 * is announced. `base` is what the editor's changes are measured against: the loaded version, or theirs
 * once the editor has seen it in the conflict dialog and gone back to editing.
 */
export function useVersionedSave(loaded: LoadedVersion, save: SaveValues, onSaved: () => void) {
  const [base, setBase] = useState(loaded);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [status, setStatus] = useState("");
  const [saving, setSaving] = useState(false);

  async function send(
    values: EditableValues,
    version: number,
    sent: Omit<Conflict, "theirs" | "theirVersion">,
  ) {
    setSaving(true);
    setStatus("Saving…");
    try {
      const errors = await save(values, version);
      setFieldErrors(errors);
      setConflict(null);
      setStatus(errors.length ? "Not saved: check the fields marked with a warning." : "Saved.");
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

  /** Saves the fields that differ from base, against base's version. */
  function submit(mine: EditableValues) {
    const changed: EditableValues = {};
    for (const key of changedFields(base.values, mine)) changed[key] = mine[key] ?? null;
    if (Object.keys(changed).length === 0) {
      setStatus("Nothing to save: no changes.");
      onSaved();
      return Promise.resolve();
    }
    return send(changed, base.version, { base: base.values, mine });
  }

  /** Applies the editor's choice in the conflict dialog; "keep theirs" saves nothing. */
  function resolve(choice: ConflictChoice) {
    if (!conflict) return Promise.resolve();
    const { base: loadedValues, mine, theirs, theirVersion } = conflict;
    const resolution = resolveConflict(loadedValues, mine, theirs, theirVersion, choice);
    if (resolution.submit === null || Object.keys(resolution.submit).length === 0) {
      setConflict(null);
      setStatus("Kept the version saved by someone else.");
      onSaved();
      return Promise.resolve();
    }
    // Against their version, so a third save in between raises a fresh conflict, not an overwrite.
    return send(resolution.submit, resolution.expectedVersion, {
      base: theirs,
      mine: { ...theirs, ...resolution.submit },
    });
  }

  /**
   * Closes the conflict view without saving, back to editing against what is saved now: a later Save
   * is an informed choice, not a blind overwrite.
   */
  function backToEdit() {
    if (conflict) setBase({ values: conflict.theirs, version: conflict.theirVersion });
    setConflict(null);
    setStatus("Back to your edit. Saving now replaces the version saved by someone else.");
  }

  return { base: base.values, submit, resolve, backToEdit, saving, status, fieldErrors, conflict };
}
