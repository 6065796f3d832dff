import { dayLabel, dueDateProblem } from "@pcc/domain";
import { type FormEvent, useState } from "react";
import type { DueDateText_DeliverableFragment } from "../../gql/graphql";
import { fieldErrorFor } from "../../ui/fieldErrorFor";
import { LiveStatus } from "../../ui/LiveStatus";
import { ModalDialog } from "../../ui/ModalDialog";
import { SaveCancelButtons } from "../../ui/SaveCancelButtons";
import { TextField } from "../../ui/TextField";
import { SaveConflictDialog } from "../editing/SaveConflictDialog";
import { useRefetchActive } from "../editing/useRefetchActive";
import { useUnsavedChangesGuard } from "../editing/useUnsavedChangesGuard";
import { useVersionedSave } from "../editing/useVersionedSave";
import { useCorrectDueDate } from "./useCorrectDueDate";

const FIELDS = [{ key: "dueDate", label: "Due date" }];

function readingOf(deliverable: DueDateText_DeliverableFragment): string {
  if (!deliverable.dueDate) return `No date could be read from "${deliverable.due}".`;
  const date = dayLabel(deliverable.dueDate);
  return deliverable.dueDateSource === "EDITOR"
    ? `"${deliverable.due}" is due on ${date}, as set by an editor.`
    : `"${deliverable.due}" was read as ${date}.`;
}

/**
 * Sets the day a deliverable is due when the date due as written was read wrongly; the wording stays
 * as the report has it. Checked as the API checks it (the domain's dueDateProblem), against the
 * version loaded.
 */
export function DueDateCorrectionDialog({
  deliverable,
  onClose,
}: {
  deliverable: DueDateText_DeliverableFragment;
  onClose: () => void;
}) {
  const refetch = useRefetchActive();
  const [dueDate, setDueDate] = useState(deliverable.dueDate ?? "");
  const [isSubmitted, setIsSubmitted] = useState(false);
  const save = useVersionedSave(
    { values: { dueDate: deliverable.dueDate ?? "" }, version: deliverable.version },
    useCorrectDueDate(deliverable.id),
    () => {
      refetch();
      onClose();
    },
  );
  const problem = dueDateProblem(dueDate.trim(), deliverable.startDate ?? null);
  const isDirty = dueDate.trim() !== String(save.base.dueDate ?? "");
  useUnsavedChangesGuard(isDirty && !save.saving);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setIsSubmitted(true);
    if (problem === null) void save.submit({ dueDate: dueDate.trim() });
  }
  function cancel() {
    if (!isDirty || window.confirm("Discard your corrected due date?")) onClose();
  }

  if (save.conflict) return <SaveConflictDialog save={save} fields={FIELDS} />;
  // A problem shows once a whole date could have been typed, or on Save; the API's words are the same.
  const shownProblem = isSubmitted || dueDate.trim().length >= 10 ? problem : null;
  const fieldProblem = shownProblem ?? fieldErrorFor(save.fieldErrors, "dueDate");
  return (
    <ModalDialog title={`Correct due date: ${deliverable.action}`} onClose={cancel}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <p>{readingOf(deliverable)}</p>
        <TextField
          label="Due date"
          hint="The day it is due, written YYYY-MM-DD, e.g. 2024-03-31. The date due as written stays as it is."
          value={dueDate}
          onChange={setDueDate}
          error={fieldProblem ? `Due date ${fieldProblem}.` : undefined}
        />
        <LiveStatus
          message={shownProblem ? "Not saved: check the fields marked with a warning." : save.status}
        />
        <SaveCancelButtons isSaving={save.saving} onCancel={cancel} />
      </form>
    </ModalDialog>
  );
}
