import { monthSignalText } from "@pcc/domain";
import { useMemo, useState } from "react";
import type { XmrRow } from "../../charts/toXmrRows";
import { graphql } from "../../gql";
import type { XmrDataTable_SignalFragment } from "../../gql/graphql";
import { type SortDirection, sortRows } from "./sortRows";

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
  const [sort, setSort] = useState<{ key: keyof XmrRow; direction: SortDirection }>({
    key: "period",
    direction: "descending",
  });
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.direction), [rows, sort]);
  const toggle = (key: keyof XmrRow) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === "descending" ? "ascending" : "descending",
    }));
  const show = (v: number | null) => (v == null || Number.isNaN(v) ? "–" : format(v));
  return (
    <div>
      <a
        href={`/api/exports/metric/${encodeURIComponent(metricId)}.csv`}
        download
        className="mb-2 inline-flex min-h-11 items-center rounded border border-brand px-4 font-medium text-brand"
      >
        Download the observations (CSV)
      </a>
      <div className="max-h-[480px] overflow-auto rounded border border-line">
        <table className="w-full border-collapse bg-surface text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-canvas">
            <tr>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? sort.direction : undefined}
                  className={c.numeric ? "text-right" : ""}
                >
                  <button
                    type="button"
                    onClick={() => toggle(c.key)}
                    className="min-h-11 w-full px-2 font-semibold"
                  >
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}
                    </span>
                  </button>
                </th>
              ))}
              {isTrendOnly ? null : (
                <th scope="col" className="px-2">
                  Signal
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.period} className="border-t border-line">
                <th scope="row" className="px-2 py-1 font-normal">
                  {r.label}
                </th>
                <td className="px-2 py-1 text-right tabular-nums">
                  {show(r.value)}
                  {r.ciRange ? (
                    <span className="block text-muted">
                      ({show(r.ciRange[0])} – {show(r.ciRange[1])})
                    </span>
                  ) : null}
                  {r.illustrative ? <span className="block text-illustrative">illustrative</span> : null}
                </td>
                {isTrendOnly ? null : (
                  <>
                    <td className="px-2 py-1 text-right tabular-nums">{show(r.centre)}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{show(r.lower)}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{show(r.upper)}</td>
                  </>
                )}
                {isTrendOnly ? null : <td className="px-2 py-1">{signalWordsOf(r)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
