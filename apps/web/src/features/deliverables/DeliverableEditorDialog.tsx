import type { FormEvent } from "react";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { LiveStatus } from "../../ui/LiveStatus";
import { ModalDialog } from "../../ui/ModalDialog";
import { SaveCancelButtons } from "../../ui/SaveCancelButtons";
import { TextField } from "../../ui/TextField";
import { SaveConflictDialog } from "../editing/SaveConflictDialog";
import { useRefetchActive } from "../editing/useRefetchActive";
import { useUnsavedChangesGuard } from "../editing/useUnsavedChangesGuard";
import { useVersionedSave } from "../editing/useVersionedSave";
import type { DeliverableFields } from "./DeliverableFields";
import { ProgressField } from "./ProgressField";
import { useDeliverableForm } from "./useDeliverableForm";
import { useUpdateDeliverable } from "./useUpdateDeliverable";

const FIELDS = [
  { key: "progress", label: "Progress (%)" },
  { key: "due", label: "Date due" },
  { key: "note", label: "Note" },
];

/** The three boxes, each with the API's or the form's own message about it. */
function DeliverableFormFields({
  form,
  fieldErrors,
}: {
  form: ReturnType<typeof useDeliverableForm>;
  fieldErrors: readonly { field: string; message: string }[];
}) {
  return (
    <>
      <ProgressField
        value={form.progress}
        onChange={form.setProgress}
        error={form.progressProblem ?? fieldErrorFor(fieldErrors, "progress")}
      />
      <TextField
        label="Date due"
        hint="As the report writes it, e.g. Q4 2023, June 23 or Sept 2023."
        value={form.due}
        onChange={form.setDue}
        error={fieldErrorFor(fieldErrors, "due")}
      />
      <TextField
        label="Note"
        value={form.note}
        onChange={form.setNote}
        error={fieldErrorFor(fieldErrors, "note")}
        rows={3}
      />
    </>
  );
}

/** Edits one deliverable's progress, date due and note against the version loaded. */
export function DeliverableEditorDialog({
  deliverable,
  onClose,
}: {
  deliverable: DeliverableFields;
  onClose: () => void;
}) {
  const refetch = useRefetchActive();
  const form = useDeliverableForm(deliverable);
  const loaded = { progress: deliverable.progress, due: deliverable.due, note: deliverable.note ?? "" };
  const save = useVersionedSave(
    { values: loaded, version: deliverable.version },
    useUpdateDeliverable(deliverable.id),
    () => {
      refetch();
      onClose();
    },
  );
  const isDirty = FIELDS.some((f) => form.mine[f.key] !== save.base[f.key]);
  useUnsavedChangesGuard(isDirty && !save.saving);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.markSubmitted();
    if (form.canSave) void save.submit(form.mine);
  }
  function cancel() {
    if (!isDirty || window.confirm("Discard your unsaved changes to this deliverable?")) onClose();
  }

  if (save.conflict) return <SaveConflictDialog save={save} fields={FIELDS} mergeField="note" />;
  return (
    <ModalDialog title={`Edit deliverable: ${deliverable.action}`} onClose={cancel}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <DeliverableFormFields form={form} fieldErrors={save.fieldErrors} />
        <LiveStatus
          message={form.progressProblem ? "Not saved: check the fields marked with a warning." : save.status}
        />
        <SaveCancelButtons isSaving={save.saving} onCancel={cancel} />
      </form>
    </ModalDialog>
  );
}
