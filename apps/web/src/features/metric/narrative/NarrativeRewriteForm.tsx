import { useState } from "react";
import type { EditableNarrativeFragment } from "../../../gql/graphql";
import { fieldErrorFor } from "../../../ui/fieldErrorFor";
import { LiveStatus } from "../../../ui/LiveStatus";
import { SaveCancelButtons } from "../../../ui/SaveCancelButtons";
import { TextField } from "../../../ui/TextField";
import { SaveConflictDialog } from "../../editing/SaveConflictDialog";
import { UnsavedChangesGuard } from "../../editing/UnsavedChangesGuard";
import { useVersionedSave } from "../../editing/useVersionedSave";

type FieldErrors = readonly { field: string; message: string }[];

/** Rewrites one sentence against the version loaded, with the drafted text shown for reference. */
export function NarrativeRewriteForm({
  sentence,
  save: saveText,
  onClose,
  onSaved,
}: {
  sentence: EditableNarrativeFragment;
  save: (text: string, expectedVersion: number) => Promise<FieldErrors>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [text, setText] = useState(sentence.text);
  const save = useVersionedSave(
    { values: { text: sentence.text }, version: sentence.version },
    (values, version) => saveText(String(values.text ?? ""), version),
    () => {
      onClose();
      onSaved();
    },
  );
  const isDirty = text !== save.base.text && !save.saving;
  return (
    <form
      className="mt-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit({ text });
      }}
    >
      <UnsavedChangesGuard isDirty={isDirty} />
      <TextField
        label="Sentence text"
        hint={`Drafted: ${sentence.generatedText}`}
        value={text}
        onChange={setText}
        error={fieldErrorFor(save.fieldErrors, "text")}
        rows={3}
      />
      <LiveStatus message={save.status} />
      <SaveCancelButtons
        isSaving={save.saving}
        onCancel={() => (!isDirty || window.confirm("Discard your rewrite of this sentence?")) && onClose()}
      />
      <SaveConflictDialog save={save} fields={[{ key: "text", label: "Sentence" }]} mergeField="text" />
    </form>
  );
}
