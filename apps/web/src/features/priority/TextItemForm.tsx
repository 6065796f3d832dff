import { useState } from "react";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { LiveStatus } from "../../ui/LiveStatus";
import { SaveCancelButtons } from "../../ui/SaveCancelButtons";
import { TextField } from "../../ui/TextField";
import { SaveConflictDialog } from "../editing/SaveConflictDialog";
import { useUnsavedChangesGuard } from "../editing/useUnsavedChangesGuard";
import { useVersionedSave } from "../editing/useVersionedSave";
import type { TextItem, TextListOps } from "./TextListOps";

/** Edits one item's text against the version loaded; `label` is the item's name, e.g. "risk or issue 2". */
export function TextItemForm({
  item,
  label,
  ops,
  onDone,
  onSaved,
}: {
  item: TextItem;
  label: string;
  ops: TextListOps;
  onDone: () => void;
  onSaved: () => void;
}) {
  const [text, setText] = useState(item.text);
  const save = useVersionedSave(
    { values: { text: item.text }, version: item.version },
    (values, version) => ops.edit(item.id, String(values.text ?? ""), version),
    () => {
      onSaved();
      onDone();
    },
  );
  const isDirty = text !== save.base.text;
  useUnsavedChangesGuard(isDirty && !save.saving);
  const noun = label.replace(/ \d+$/, "");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit({ text });
      }}
    >
      <TextField
        label={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} text`}
        value={text}
        onChange={setText}
        error={fieldErrorFor(save.fieldErrors, "text")}
        rows={3}
      />
      <LiveStatus message={save.status} />
      <SaveCancelButtons
        isSaving={save.saving}
        onCancel={() => (!isDirty || window.confirm(`Discard your changes to this ${noun}?`)) && onDone()}
        className="mt-2"
      />
      <SaveConflictDialog save={save} fields={[{ key: "text", label: "Text" }]} mergeField="text" />
    </form>
  );
}
