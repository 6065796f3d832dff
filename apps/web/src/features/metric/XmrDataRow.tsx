import type { XmrRow } from "../../charts/toXmrRows";

/**
 * One month of the data table: its value (with any confidence interval and the illustrative mark),
 * then, unless the series is a trend only, the limits in force and the signal in words.
 */
export function XmrDataRow({
  row,
  isTrendOnly,
  format,
  signalWords,
}: {
  row: XmrRow;
  isTrendOnly: boolean;
  format: (v: number) => string;
  /** The month's signal in words; a trend-only series has no signal column. */
  signalWords: string;
}) {
  // A month outside any limit segment has no centre or limits, and a gap has no value: a dash, not a figure.
  const show = (v: number | null) => (v == null || Number.isNaN(v) ? "–" : format(v));
  return (
    <tr className="border-t border-line">
      <th scope="row" className="px-2 py-1 font-normal">
        {row.label}
      </th>
      <td className="px-2 py-1 text-right tabular-nums">
        {show(row.value)}
        {row.ciRange ? (
          <span className="block text-muted">
            ({show(row.ciRange[0])} – {show(row.ciRange[1])})
          </span>
        ) : null}
        {row.illustrative ? <span className="block text-illustrative">illustrative</span> : null}
      </td>
      {isTrendOnly ? null : (
        <>
          <td className="px-2 py-1 text-right tabular-nums">{show(row.centre)}</td>
          <td className="px-2 py-1 text-right tabular-nums">{show(row.lower)}</td>
          <td className="px-2 py-1 text-right tabular-nums">{show(row.upper)}</td>
          <td className="px-2 py-1">{signalWords}</td>
        </>
      )}
    </tr>
  );
}
