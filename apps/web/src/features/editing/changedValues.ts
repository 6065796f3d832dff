import { changedFields } from "./changedFields";
import type { EditableValues } from "./EditableValues";

/** Only the values the editor changed from the version they loaded (base): what a save sends. */
export function changedValues(base: EditableValues, mine: EditableValues): EditableValues {
  return Object.fromEntries(changedFields(base, mine).map((key) => [key, mine[key] ?? null]));
}
