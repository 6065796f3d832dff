import { type FormEvent, useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { LiveStatus } from "../../ui/LiveStatus";
import { ModalDialog } from "../../ui/ModalDialog";
import { TextField } from "../../ui/TextField";
import { useViewer } from "../auth/useViewer";
import type { EditableValues } from "../editing/EditableValues";
import { SaveConflictDialog } from "../editing/SaveConflictDialog";
import { useRefetchActive } from "../editing/useRefetchActive";
import { useUnsavedChangesGuard } from "../editing/useUnsavedChangesGuard";
import { useVersionedSave } from "../editing/useVersionedSave";
import { ProgressField } from "./ProgressField";
import { readProgress } from "./readProgress";
import { useUpdateDeliverable } from "./useUpdateDeliverable";

type DeliverableFields = {
  id: string;
  action: string;
  progress: number;
  due: string;
  note?: string | null;
  version: number;
};

const FIELDS = [
  { key: "progress", label: "Progress (%)" },
  { key: "due", label: "Date due" },
  { key: "note", label: "Note" },
];

/** The deliverable's Edit button and its dialog. Renders nothing for viewers and anonymous visitors. */
export function DeliverableEditor({ deliverable }: { deliverable: DeliverableFields }) {
  const { canEdit } = useViewer();
  const [open, setOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses.quiet}>
        Edit<span className="sr-only"> deliverable</span>
      </button>
      {open ? <DeliverableEditorDialog deliverable={deliverable} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** The form's state: what is typed in each box, read as the values to save. */
function useDeliverableForm(deliverable: DeliverableFields) {
  const [progress, setProgress] = useState(String(deliverable.progress));
  const [due, setDue] = useState(deliverable.due);
  const [note, setNote] = useState(deliverable.note ?? "");
  const typedProgress = readProgress(progress);
  // What was typed when it is not a progress, so "150" still counts as an unsaved change.
  const mine: EditableValues = { progress: typedProgress.value ?? progress, due, note };
  return { progress, setProgress, due, setDue, note, setNote, progressProblem: typedProgress.problem, mine };
}

function DeliverableEditorDialog({
  deliverable,
  onClose,
}: {
  deliverable: DeliverableFields;
  onClose: () => void;
}) {
  const refetch = useRefetchActive();
  const form = useDeliverableForm(deliverable);
  const [isSubmitted, setIsSubmitted] = useState(false);
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
  // Shown as soon as the box holds something the API would refuse; an emptied box only on Save.
  const progressProblem = form.progress.trim() !== "" || isSubmitted ? form.progressProblem : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setIsSubmitted(true);
    if (form.progressProblem === null) void save.submit(form.mine);
  }
  function cancel() {
    if (!isDirty || window.confirm("Discard your unsaved changes to this deliverable?")) onClose();
  }

  if (save.conflict) return <SaveConflictDialog save={save} fields={FIELDS} mergeField="note" />;
  return (
    <ModalDialog title={`Edit deliverable: ${deliverable.action}`} onClose={cancel}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <ProgressField
          value={form.progress}
          onChange={form.setProgress}
          error={progressProblem ?? fieldErrorFor(save.fieldErrors, "progress")}
        />
        <TextField
          label="Date due"
          hint="As the report writes it, e.g. Q4 2023, June 23 or Sept 2023."
          value={form.due}
          onChange={form.setDue}
          error={fieldErrorFor(save.fieldErrors, "due")}
        />
        <TextField
          label="Note"
          value={form.note}
          onChange={form.setNote}
          error={fieldErrorFor(save.fieldErrors, "note")}
          rows={3}
        />
        <LiveStatus
          message={progressProblem ? "Not saved: check the fields marked with a warning." : save.status}
        />
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={save.saving} className={buttonClasses.primary}>
            Save
          </button>
          <button type="button" onClick={cancel} className={buttonClasses.quiet}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
