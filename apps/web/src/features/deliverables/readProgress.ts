import { PROGRESS_RULE, progressProblem } from "@pcc/domain";

export type ReadProgress = { value: number; problem: null } | { value: null; problem: string };

/**
 * Reads the progress box as the API will: a whole percentage 0–100, or the API's own reason it
 * cannot be saved. Nothing is rounded or clamped, so "150" is refused here rather than saved as 100.
 * Example: readProgress("55") → { value: 55 }; readProgress("150") → { problem: "must be a whole number from 0 to 100" }.
 */
export function readProgress(text: string): ReadProgress {
  const trimmed = text.trim();
  const value = trimmed === "" ? null : Number(trimmed);
  const problem = progressProblem(value);
  if (problem !== null || value === null) return { value: null, problem: problem ?? PROGRESS_RULE };
  return { value, problem: null };
}
