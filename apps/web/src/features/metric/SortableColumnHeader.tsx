import type { SortDirection } from "./sortRows";

/**
 * A column header that sorts the table when pressed. `direction` is set only on the column the table is
 * sorted by; the arrow is decoration, as aria-sort tells assistive technology the order.
 */
export function SortableColumnHeader({
  label,
  isNumeric,
  direction,
  onSort,
}: {
  label: string;
  isNumeric: boolean;
  direction: SortDirection | undefined;
  onSort: () => void;
}) {
  return (
    <th scope="col" aria-sort={direction} className={isNumeric ? "text-right" : ""}>
      <button type="button" onClick={onSort} className="min-h-11 w-full px-2 font-semibold">
        {label}
        <span aria-hidden="true">{direction ? (direction === "ascending" ? " ▲" : " ▼") : ""}</span>
      </button>
    </th>
  );
}
