import type { EditableValues } from "./EditableValues";

/** The fields the editor changed from the version they loaded (base). */
export function changedFields(base: EditableValues, mine: EditableValues): string[] {
  return Object.keys(mine).filter((key) => (mine[key] ?? null) !== (base[key] ?? null));
}
