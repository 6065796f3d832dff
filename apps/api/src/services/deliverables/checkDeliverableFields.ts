import { parseDueText, progressProblem } from "@pcc/domain";
import type { FieldChecks } from "../shared/FieldChecks.ts";

export const NOTE_MAX = 2000;
export const ACTION_MAX = 1000;

/** Validates progress, note and due; returns the derived due date (YYYY-MM-DD) when due was given. */
export function checkDeliverableFields(
  checks: FieldChecks,
  input: { progress?: number | null; note?: string | null; due?: string | null },
  prefix = "input",
): string | null {
  const { progress, note, due } = input;
  if (progress !== undefined) {
    // The same rule the edit form applies before sending, so both refuse with the same words.
    const problem = progressProblem(progress);
    if (problem) checks.fail(`${prefix}.progress`, problem);
  }
  if (note !== undefined && note !== null) checks.text(note, `${prefix}.note`, NOTE_MAX, false);
  if (due === undefined) return null;
  if (due === null || due.trim() === "") {
    checks.fail(`${prefix}.due`, "is required");
    return null;
  }
  checks.text(due, `${prefix}.due`, 100);
  const parsed = parseDueText(due);
  if (!parsed)
    checks.fail(`${prefix}.due`, "must name a month, quarter or year, e.g. 'June 23' or 'Q4 2023'");
  return parsed?.date ?? null;
}
