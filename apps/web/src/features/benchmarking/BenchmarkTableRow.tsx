import type { BenchmarkBar } from "../../charts/toBenchmarkBars";
import { monthLabel } from "../../format/monthLabel";

/**
 * One force or group in the comparison table: its rank where the table ranks, its name (marked when it
 * is this force, for another month or illustrative), its value and, where the table has them, its interval.
 */
export function BenchmarkTableRow({
  bar,
  period,
  isRanked,
  hasIntervals,
  format,
}: {
  bar: BenchmarkBar;
  /** The period the comparison is for; a bar for another month says so. */
  period: string;
  isRanked: boolean;
  hasIntervals: boolean;
  format: (v: number) => string;
}) {
  return (
    <tr className={`border-b border-line ${bar.isHome ? "bg-improvement-soft font-semibold" : ""}`}>
      {isRanked ? (
        <td className="px-2 py-1">
          {bar.rank != null ? `${bar.rank} of ${bar.rankOutOf}` : <span className="sr-only">Not ranked</span>}
        </td>
      ) : null}
      <th scope="row" className={`px-2 py-1 ${bar.isHome ? "font-semibold" : "font-normal"}`}>
        {bar.name}
        {bar.isHome ? " (this force)" : ""}
        {bar.periodEnd !== period ? (
          <span className="ml-1 font-normal text-muted">to {monthLabel(bar.periodEnd)}</span>
        ) : null}
        {bar.illustrative ? <span className="ml-1 text-illustrative">(illustrative)</span> : null}
      </th>
      <td className="px-2 py-1 text-right tabular-nums">{format(bar.value)}</td>
      {hasIntervals ? <IntervalCell lower={bar.lower} upper={bar.upper} format={format} /> : null}
    </tr>
  );
}

/** A figure's confidence interval, or a dash that a screen reader hears as "None given". */
function IntervalCell({
  lower,
  upper,
  format,
}: {
  lower: number | null;
  upper: number | null;
  format: (v: number) => string;
}) {
  return (
    <td className="px-2 py-1 text-right tabular-nums">
      {lower != null && upper != null ? (
        `${format(lower)} – ${format(upper)}`
      ) : (
        <>
          <span aria-hidden="true">–</span>
          <span className="sr-only">None given</span>
        </>
      )}
    </td>
  );
}
