import { useMemo, useState } from "react";
import { type SortDirection, sortRows } from "./sortRows";

export type RowSort<T> = { key: keyof T; direction: SortDirection };

/**
 * A table's sort: the rows in order and a toggle for a column's header. A new column sorts descending
 * first (newest month, largest value); the same column again flips the direction.
 */
export function useSortedRows<T>(rows: readonly T[], initial: RowSort<T>) {
  const [sort, setSort] = useState<RowSort<T>>(initial);
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.direction), [rows, sort]);
  const toggle = (key: keyof T) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === "descending" ? "ascending" : "descending",
    }));
  return { sorted, sort, toggle };
}
