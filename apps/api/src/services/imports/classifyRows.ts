import type { ComparableFields, ExistingRow } from "../../data/imports/importRowTypes.ts";
import type { CheckedRow } from "./checkedRowTypes.ts";
import type { ImportRowResult } from "./importTypes.ts";

export interface ClassifiedRows<Row> {
  results: ImportRowResult[];
  /** Rows a commit writes: the ADDs and CHANGEs, in file order. */
  writes: Row[];
}

/**
 * Decides ADD / CHANGE / UNCHANGED / REJECT for every checked row against what is stored.
 * A second row with the same natural key is refused as a duplicate of the first, because a
 * file that says two things about one month cannot be loaded without guessing which is meant.
 */
export function classifyRows<Row>(
  checked: CheckedRow<Row>[],
  existing: Map<string, ExistingRow>,
): ClassifiedRows<Row> {
  const firstLineOfKey = new Map<string, number>();
  const results: ImportRowResult[] = [];
  const writes: Row[] = [];
  for (const item of checked) {
    const reasons = [...item.reasons];
    const firstLine = item.key === null ? undefined : firstLineOfKey.get(item.key);
    if (firstLine !== undefined) reasons.push(`duplicate of line ${firstLine}`);
    else if (item.key !== null) firstLineOfKey.set(item.key, item.line);
    const stored = item.key === null ? undefined : existing.get(item.key);
    const action =
      reasons.length > 0 || item.row === null
        ? "REJECT"
        : !stored
          ? "ADD"
          : isSame(stored.fields, item.fields)
            ? "UNCHANGED"
            : "CHANGE";
    if ((action === "ADD" || action === "CHANGE") && item.row !== null) writes.push(item.row);
    results.push({
      line: item.line,
      action,
      reasons,
      metricId: item.metricId,
      area: item.area,
      periodEnd: item.periodEnd,
      value: item.value,
      previousValue: stored?.value ?? null,
    });
  }
  return { results, writes };
}

function isSame(a: ComparableFields, b: ComparableFields): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
