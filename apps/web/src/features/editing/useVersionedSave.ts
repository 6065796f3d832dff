import { useState } from "react";
import { changedValues } from "./changedValues";
import type { EditableValues } from "./EditableValues";
import { type ConflictChoice, resolveConflict } from "./resolveConflict";
import { type SaveValues, useSaveRequest } from "./useSaveRequest";

/** The record as the editor loaded it: the values it starts from and the version they belong to. */
export type LoadedVersion = { values: EditableValues; version: number };

/** What an editor holds while saving: see useVersionedSave. */
export type VersionedSave = ReturnType<typeof useVersionedSave>;

/**
 * The save cycle every editor shares: send only the changed fields with expectedVersion; a CONFLICT
 * opens the two-version choice instead of overwriting (see useSaveRequest). `base` is what the editor's
 * changes are measured against: the loaded version, or theirs once the editor has seen it in the
 * conflict dialog and gone back to editing.
 */
export function useVersionedSave(loaded: LoadedVersion, save: SaveValues, onSaved: () => void) {
  const [base, setBase] = useState(loaded);
  const { send, setStatus, conflict, setConflict, ...request } = useSaveRequest(save, onSaved);

  /** Announces an outcome that needs no request, and closes as after a save. */
  function finish(message: string) {
    setConflict(null);
    setStatus(message);
    onSaved();
    return Promise.resolve();
  }

  /** Saves the fields that differ from base, against base's version. */
  function submit(mine: EditableValues) {
    const changed = changedValues(base.values, mine);
    if (Object.keys(changed).length === 0) return finish("Nothing to save: no changes.");
    return send(changed, base.version, { base: base.values, mine });
  }

  /** Applies the editor's choice in the conflict dialog; "keep theirs" saves nothing. */
  function resolve(choice: ConflictChoice) {
    if (!conflict) return Promise.resolve();
    const { base: loadedValues, mine, theirs, theirVersion } = conflict;
    const resolution = resolveConflict(loadedValues, mine, theirs, theirVersion, choice);
    if (resolution.submit === null || Object.keys(resolution.submit).length === 0)
      return finish("Kept the version saved by someone else.");
    // Against their version, so a third save in between raises a fresh conflict, not an overwrite.
    const merged = { ...theirs, ...resolution.submit };
    return send(resolution.submit, resolution.expectedVersion, { base: theirs, mine: merged });
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

  return { ...request, base: base.values, conflict, submit, resolve, backToEdit };
}
