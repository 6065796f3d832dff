import { useUnsavedChangesGuard } from "./useUnsavedChangesGuard";

/**
 * The guard as an element, for views that are only sometimes editing: react-router supports one
 * blocker at a time, so a list of items must not each hold one while no one is editing.
 */
export function UnsavedChangesGuard({ isDirty }: { isDirty: boolean }) {
  useUnsavedChangesGuard(isDirty);
  return null;
}
