import { useState } from "react";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { SaveCancelButtons } from "../../ui/SaveCancelButtons";
import { TextField } from "../../ui/TextField";
import { describeSaveFailure } from "../editing/describeSaveFailure";
import { useUnsavedChangesGuard } from "../editing/useUnsavedChangesGuard";

type FieldErrors = readonly { field: string; message: string }[];

/** Adds a text to the end of a list; shown only after "Add …" so one text box is on screen at a time. */
export function AddTextForm({
  noun,
  add,
  onDone,
}: {
  noun: string;
  add: (text: string) => Promise<FieldErrors>;
  onDone: (message?: string) => void;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  useUnsavedChangesGuard(text.trim() !== "" && !saving);
  async function submit() {
    setSaving(true);
    try {
      const errors = await add(text);
      if (errors.length === 0) return onDone(`Added ${noun}.`);
      setError(fieldErrorFor(errors, "text") ?? errors.map((e) => e.message).join(" "));
    } catch (e) {
      setError(describeSaveFailure(e));
    } finally {
      setSaving(false);
    }
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField label={`New ${noun}`} value={text} onChange={setText} error={error} rows={3} />
      <SaveCancelButtons
        isSaving={saving}
        onCancel={() => onDone()}
        saveLabel={`Save new ${noun}`}
        className="mt-2"
      />
    </form>
  );
}
