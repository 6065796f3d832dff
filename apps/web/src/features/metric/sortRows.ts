export type SortDirection = "ascending" | "descending";

// One collator for every comparison: String.localeCompare builds a fresh one per call, which was a
// visible share of the metric page's main-thread time under Lighthouse's mobile profile. Same ordering.
// Month keys ("2023-03") need no collator: building the first one costs ~20 ms (ICU data) on a phone,
// and for digits and hyphens code-point order is the collator's order.
let collator: Intl.Collator | undefined;
const MONTH_KEY = /^[\d-]*$/;
function compareText(x: string, y: string): number {
  if (MONTH_KEY.test(x) && MONTH_KEY.test(y)) return x < y ? -1 : x > y ? 1 : 0;
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
