import type { ImportAction } from "./importReportTypes";

/** What a row's action is called on the page: words, so the result never relies on colour alone. */
export const importActionLabel: Record<ImportAction, string> = {
  ADD: "Add",
  CHANGE: "Change",
  UNCHANGED: "Unchanged",
  REJECT: "Rejected",
};
