/** What a deliverable's progress must be, worded as the API's field error says it. */
export const PROGRESS_RULE = "must be a whole number from 0 to 100";

/**
 * Why a deliverable's progress (a percentage complete) cannot be saved, or null when it can: the
 * API and the edit form both ask this, so the form refuses exactly what the API would, in its words.
 * @example progressProblem(150) // "must be a whole number from 0 to 100"; progressProblem(55) // null
 */
export function progressProblem(progress: number | null): string | null {
  const isValid = progress !== null && Number.isInteger(progress) && progress >= 0 && progress <= 100;
  return isValid ? null : PROGRESS_RULE;
}
