import { changedFields } from "./changedFields";
import type { EditableValues } from "./EditableValues";

/** What the editor chose in the conflict dialog. */
export type ConflictChoice =
  | { kind: "keepTheirs" }
  | { kind: "applyMine" }
  | { kind: "merge"; field: string; text: string };

/** What to send next: nothing (theirs stands), or these values against the version saved now. */
export type ConflictResolution = { submit: null } | { submit: EditableValues; expectedVersion: number };

/**
 * Decides what each conflict choice submits, so no choice overwrites silently:
 * - keep theirs: submits nothing; the record saved by someone else stands.
 * - apply mine on top of theirs: only the fields this editor changed, against their version, so
 *   fields they changed and this editor did not are kept.
 * - merge: as "apply mine", but the merged field takes the text the editor wrote from both.
 */
export function resolveConflict(
  base: EditableValues,
  mine: EditableValues,
  theirs: EditableValues,
  theirVersion: number,
  choice: ConflictChoice,
): ConflictResolution {
  if (choice.kind === "keepTheirs") return { submit: null };
  const submit: EditableValues = {};
  for (const key of changedFields(base, mine)) submit[key] = mine[key] ?? null;
  if (choice.kind === "merge") submit[choice.field] = choice.text;
  // Fields equal to what is saved now need not be sent: the audit then lists only real changes.
  for (const key of Object.keys(submit)) if (submit[key] === (theirs[key] ?? null)) delete submit[key];
  return { submit, expectedVersion: theirVersion };
}
