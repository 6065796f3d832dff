export type SortDirection = "ascending" | "descending";

// One collator for every comparison: String.localeCompare builds a fresh one per call, which was a
// visible share of the metric page's main-thread time under Lighthouse's mobile profile. Same ordering.
let collator: Intl.Collator | undefined;
function compareText(x: string, y: string): number {
  collator ??= new Intl.Collator();
  return collator.compare(x, y);
}

/** Sorts table rows by one column; nulls always last so gaps never hide the extremes. */
export function sortRows<T>(rows: readonly T[], key: keyof T, direction: SortDirection): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x == null && y == null) return 0;
    if (x == null) return 1;
    if (y == null) return -1;
    if (typeof x === "number" && typeof y === "number") return (x - y) * sign;
    return compareText(String(x), String(y)) * sign;
  });
}
