/** The audit action ("deliverable.update") in words for the history list. */
export function actionLabel(action: string): string {
  const verb = action.split(".").at(-1) ?? action;
  const words: Record<string, string> = {
    add: "Added",
    create: "Created",
    update: "Changed",
    edit: "Edited",
    retire: "Retired",
    restore: "Restored",
    reorder: "Reordered",
    accept: "Accepted",
    correct: "Corrected",
    record: "Recorded",
  };
  return words[verb] ?? action;
}
