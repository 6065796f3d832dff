import type { Conflict } from "./Conflict";
import type { EditableValues } from "./EditableValues";
import { readConflict } from "./readConflict";

function pickValues(record: Record<string, unknown>, keys: string[]): EditableValues {
  const out: EditableValues = {};
  for (const key of keys) {
    const value = record[key];
    out[key] = typeof value === "string" || typeof value === "number" ? value : null;
  }
  return out;
}

/**
 * The two versions to choose between when a save failed because someone else saved first, or null
 * when it failed for another reason. Their record is read for the same fields this editor edits.
 */
export function conflictFrom(
  error: unknown,
  sent: { base: EditableValues; mine: EditableValues; version: number },
): Conflict | null {
  const current = readConflict<Record<string, unknown>>(error);
  if (!current) return null;
  const theirVersion = typeof current.version === "number" ? current.version : sent.version;
  return {
    base: sent.base,
    mine: sent.mine,
    theirs: pickValues(current, Object.keys(sent.mine)),
    theirVersion,
  };
}
