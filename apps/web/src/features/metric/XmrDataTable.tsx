import { monthSignalText } from "@pcc/domain";
import type { XmrRow } from "../../charts/toXmrRows";
import { graphql } from "../../gql";
import type { XmrDataTable_SignalFragment } from "../../gql/graphql";
import { SortableColumnHeader } from "./SortableColumnHeader";
import { type RowSort, useSortedRows } from "./useSortedRows";
import { XmrDataRow } from "./XmrDataRow";

export const XmrDataTableFragment = graphql(`
  fragment XmrDataTable_signal on SpcSignal {
    rule
    direction
    from
    to
    classification
    illustrative
  }
`);

type Column = { key: keyof XmrRow; label: string; numeric: boolean };

const VALUE_COLUMNS: Column[] = [
  { key: "period", label: "Month", numeric: false },
  { key: "value", label: "Value", numeric: true },
];

const LIMIT_COLUMNS: Column[] = [
  { key: "centre", label: "Centre line", numeric: true },
  { key: "lower", label: "Lower limit", numeric: true },
  { key: "upper", label: "Upper limit", numeric: true },
];

/**
 * The data behind the chart: every point, sortable by any column. Signals are said in the domain's
 * words, as the exceptions list says them; a trend-only series has no limit columns. The download is the
 * API's export of the metric's observations, the one CSV writer the product has (it defuses any cell a
 * spreadsheet could run as a formula).
 */
export function XmrDataTable({
  rows,
  signals,
  isTrendOnly = false,
  metricId,
  format,
  caption,
}: {
  rows: readonly XmrRow[];
  signals: readonly XmrDataTable_SignalFragment[];
  isTrendOnly?: boolean;
  metricId: string;
  format: (v: number) => string;
  caption: string;
}) {
  const columns = isTrendOnly ? VALUE_COLUMNS : [...VALUE_COLUMNS, ...LIMIT_COLUMNS];
  const signalWordsOf = (row: XmrRow) =>
    monthSignalText(row.period, signals, { hasLimits: !isTrendOnly && row.segment !== null });
  const { sorted, sort, toggle } = useSortedRows(rows, { key: "period", direction: "descending" });
  return (
    <div>
      <ObservationsCsvLink metricId={metricId} />
      <div className="max-h-[480px] overflow-auto rounded border border-line">
        <table className="w-full border-collapse bg-surface text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <XmrDataTableHead columns={columns} sort={sort} onSort={toggle} isTrendOnly={isTrendOnly} />
          <tbody>
            {sorted.map((r) => (
              <XmrDataRow
                key={r.period}
                row={r}
                isTrendOnly={isTrendOnly}
                format={format}
                signalWords={isTrendOnly ? "" : signalWordsOf(r)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Every column sorts but the signal, which is words about the month rather than a figure. */
function XmrDataTableHead({
  columns,
  sort,
  onSort,
  isTrendOnly,
}: {
  columns: readonly Column[];
  sort: RowSort<XmrRow>;
  onSort: (key: keyof XmrRow) => void;
  isTrendOnly: boolean;
}) {
  return (
    <thead className="sticky top-0 bg-canvas">
      <tr>
        {columns.map((c) => (
          <SortableColumnHeader
            key={c.key}
            label={c.label}
            isNumeric={c.numeric}
            direction={sort.key === c.key ? sort.direction : undefined}
            onSort={() => onSort(c.key)}
          />
        ))}
        {isTrendOnly ? null : (
          <th scope="col" className="px-2">
            Signal
          </th>
        )}
      </tr>
    </thead>
  );
}

/** The API's CSV of the metric's observations (see XmrDataTable on why the API writes it). */
function ObservationsCsvLink({ metricId }: { metricId: string }) {
  return (
    <a
      href={`/api/exports/metric/${encodeURIComponent(metricId)}.csv`}
      download
      className="mb-2 inline-flex min-h-11 items-center rounded border border-brand px-4 font-medium text-brand"
    >
      Download the observations (CSV)
    </a>
  );
}
