import { useState } from "react";
import type { EditableValues } from "../editing/EditableValues";
import type { DeliverableFields } from "./DeliverableFields";
import { readProgress } from "./readProgress";

/** The deliverable form's boxes as typed, read as the values to save. */
export function useDeliverableForm(deliverable: DeliverableFields) {
  const [progress, setProgress] = useState(String(deliverable.progress));
  const [due, setDue] = useState(deliverable.due);
  const [note, setNote] = useState(deliverable.note ?? "");
  const [isSubmitted, setIsSubmitted] = useState(false);
  const typedProgress = readProgress(progress);
  // What was typed when it is not a progress, so "150" still counts as an unsaved change.
  const mine: EditableValues = { progress: typedProgress.value ?? progress, due, note };
  return {
    progress,
    setProgress,
    due,
    setDue,
    note,
    setNote,
    mine,
    canSave: typedProgress.problem === null,
    // Shown as soon as the box holds something the API would refuse; an emptied box only on Save.
    progressProblem: progress.trim() !== "" || isSubmitted ? typedProgress.problem : null,
    markSubmitted: () => setIsSubmitted(true),
  };
}
