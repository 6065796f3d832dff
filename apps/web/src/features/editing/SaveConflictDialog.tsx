import { ConflictDialog, type ConflictField } from "./ConflictDialog";
import type { VersionedSave } from "./useVersionedSave";

/**
 * The conflict flow of every editor, written once: while a save has hit someone else's newer version,
 * the two-version choice wired to the save; nothing otherwise. `mergeField` names the free-text field
 * that can be merged by hand.
 */
export function SaveConflictDialog({
  save,
  fields,
  mergeField,
}: {
  save: VersionedSave;
  fields: ConflictField[];
  mergeField?: string;
}) {
  if (!save.conflict) return null;
  return (
    <ConflictDialog
      mine={save.conflict.mine}
      theirs={save.conflict.theirs}
      fields={fields}
      mergeField={mergeField}
      busy={save.saving}
      onResolve={(choice) => void save.resolve(choice)}
      onBack={save.backToEdit}
    />
  );
}
