import type { FieldChecks } from "../shared/FieldChecks.ts";

/** The new order must name exactly the current list: no missing, unknown or repeated ids. */
export function checkReorder(checks: FieldChecks, currentIds: number[], ids: string[]): number[] {
  const wanted = ids.map(Number);
  const current = new Set(currentIds);
  const isExact =
    wanted.length === current.size &&
    new Set(wanted).size === wanted.length &&
    wanted.every((id) => current.has(id));
  checks.check(isExact, "ids", "must list every item of this list exactly once");
  return wanted;
}
