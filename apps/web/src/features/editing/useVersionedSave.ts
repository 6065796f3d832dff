import { useState } from "react";
import { describeSaveFailure } from "./describeSaveFailure";
import { readConflict } from "./readConflict";
import { type ConflictChoice, type EditableValues, resolveConflict } from "./resolveConflict";

type FieldErrors = readonly { field: string; message: string }[];

/** Sends changed values against a version; resolves with the field errors (empty when saved). */
export type SaveValues = (values: EditableValues, expectedVersion: number) => Promise<FieldErrors>;

/** Both sides of a stale save: what this editor loaded and typed, and the record saved meanwhile. */
export type Conflict = {
  base: EditableValues;
  mine: EditableValues;
  theirs: EditableValues;
  theirVersion: number;
};

function pickValues(record: Record<string, unknown>, keys: string[]): EditableValues {
  const out: EditableValues = {};
  for (const key of keys) {
    const value = record[key];
    out[key] = typeof value === "string" || typeof value === "number" ? value : null;
  }
  return out;
}

/**
 * The save cycle every editor shares: send with expectedVersion; field errors stay beside their
 * fields; a CONFLICT opens the two-version choice instead of overwriting; the outcome is announced.
 */
export function useVersionedSave(save: SaveValues, onSaved: () => void) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [status, setStatus] = useState("");
  const [saving, setSaving] = useState(false);

  async function send(submit: EditableValues, version: number, base: EditableValues, mine: EditableValues) {
    setSaving(true);
    setStatus("Saving…");
    try {
      const errors = await save(submit, version);
      setFieldErrors(errors);
      setConflict(null);
      setStatus(errors.length ? "Not saved: check the fields marked with a warning." : "Saved.");
      if (errors.length === 0) onSaved();
    } catch (error) {
      const current = readConflict<Record<string, unknown>>(error);
      if (current) {
        const theirVersion = typeof current.version === "number" ? current.version : version;
        setConflict({ base, mine, theirs: pickValues(current, Object.keys(mine)), theirVersion });
        setStatus("Someone else saved this first. Choose which version to keep.");
      } else setStatus(describeSaveFailure(error));
    } finally {
      setSaving(false);
    }
  }

  /** Saves the fields that differ from base, against the version the editor loaded. */
  function submit(base: EditableValues, mine: EditableValues, version: number) {
    const changed: EditableValues = {};
    for (const key of Object.keys(mine)) if (mine[key] !== base[key]) changed[key] = mine[key] ?? null;
    if (Object.keys(changed).length === 0) {
      setStatus("Nothing to save: no changes.");
      onSaved();
      return Promise.resolve();
    }
    return send(changed, version, base, mine);
  }

  /** Applies the editor's choice in the conflict dialog; "keep theirs" saves nothing. */
  function resolve(choice: ConflictChoice) {
    if (!conflict) return Promise.resolve();
    const { base, mine, theirs, theirVersion } = conflict;
    const resolution = resolveConflict(base, mine, theirs, theirVersion, choice);
    if (resolution.submit === null || Object.keys(resolution.submit).length === 0) {
      setConflict(null);
      setStatus("Kept the version saved by someone else.");
      onSaved();
      return Promise.resolve();
    }
    // Against their version, so a third save in between raises a fresh conflict, not an overwrite.
    return send(resolution.submit, resolution.expectedVersion, theirs, { ...theirs, ...resolution.submit });
  }

  /** Closes the conflict view without saving, back to editing. */
  function dismissConflict() {
    setConflict(null);
    setStatus("Back to your edit. Saving now replaces the version saved by someone else.");
  }

  return { submit, resolve, dismissConflict, saving, status, fieldErrors, conflict };
}
