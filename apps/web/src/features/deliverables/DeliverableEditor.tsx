import { type FormEvent, useId, useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { FieldMessage } from "../../ui/FieldMessage";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { inputClasses } from "../../ui/inputClasses";
import { LiveStatus } from "../../ui/LiveStatus";
import { ModalDialog } from "../../ui/ModalDialog";
import { useViewer } from "../auth/useViewer";
import { ConflictDialog } from "../editing/ConflictDialog";
import type { EditableValues } from "../editing/resolveConflict";
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

function valuesOf(d: DeliverableFields): EditableValues {
  return { progress: d.progress, due: d.due, note: d.note ?? "" };
}

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

function DeliverableEditorDialog({
  deliverable,
  onClose,
}: {
  deliverable: DeliverableFields;
  onClose: () => void;
}) {
  const id = useId();
  const refetch = useRefetchActive();
  const [base, setBase] = useState(() => ({ values: valuesOf(deliverable), version: deliverable.version }));
  const [progress, setProgress] = useState(String(deliverable.progress));
  const [due, setDue] = useState(deliverable.due);
  const [note, setNote] = useState(deliverable.note ?? "");
  const [isSubmitted, setIsSubmitted] = useState(false);
  const save = useVersionedSave(useUpdateDeliverable(deliverable.id), () => {
    refetch();
    onClose();
  });
  const typedProgress = readProgress(progress);
  // What was typed when it is not a progress, so "150" still counts as an unsaved change.
  const mine: EditableValues = { progress: typedProgress.value ?? progress, due, note };
  const isDirty = FIELDS.some((f) => mine[f.key] !== base.values[f.key]);
  useUnsavedChangesGuard(isDirty && !save.saving);
  // Shown as soon as the box holds something the API would refuse; an emptied box only on Save.
  const progressProblem = progress.trim() !== "" || isSubmitted ? typedProgress.problem : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setIsSubmitted(true);
    if (typedProgress.problem !== null) return;
    void save.submit(base.values, mine, base.version);
  }

  function cancel() {
    if (!isDirty || window.confirm("Discard your unsaved changes to this deliverable?")) onClose();
  }

  if (save.conflict) {
    const { theirs, theirVersion } = save.conflict;
    return (
      <ConflictDialog
        mine={save.conflict.mine}
        theirs={theirs}
        fields={FIELDS}
        mergeField="note"
        busy={save.saving}
        onResolve={(choice) => void save.resolve(choice)}
        // Back to editing against what is saved now: a later Save is an informed choice, not a blind overwrite.
        onBack={() => {
          setBase({ values: theirs, version: theirVersion });
          save.dismissConflict();
        }}
      />
    );
  }
  const dueError = fieldErrorFor(save.fieldErrors, "due");
  const noteError = fieldErrorFor(save.fieldErrors, "note");
  return (
    <ModalDialog title={`Edit deliverable: ${deliverable.action}`} onClose={cancel}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <ProgressField
          value={progress}
          onChange={setProgress}
          error={progressProblem ?? fieldErrorFor(save.fieldErrors, "progress")}
        />
        <div>
          <label htmlFor={`${id}-due`} className="block font-medium">
            Date due
          </label>
          <p id={`${id}-due-hint`} className="text-sm text-muted">
            As the report writes it, e.g. Q4 2023, June 23 or Sept 2023.
          </p>
          <input
            id={`${id}-due`}
            value={due}
            onChange={(e) => setDue(e.target.value)}
            aria-invalid={dueError ? true : undefined}
            aria-describedby={dueError ? `${id}-due-error` : `${id}-due-hint`}
            className={inputClasses(Boolean(dueError))}
          />
          <FieldMessage id={`${id}-due-error`} message={dueError} />
        </div>
        <div>
          <label htmlFor={`${id}-note`} className="block font-medium">
            Note
          </label>
          <textarea
            id={`${id}-note`}
            value={note}
            rows={3}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? `${id}-note-error` : undefined}
            className={inputClasses(Boolean(noteError))}
          />
          <FieldMessage id={`${id}-note-error`} message={noteError} />
        </div>
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
