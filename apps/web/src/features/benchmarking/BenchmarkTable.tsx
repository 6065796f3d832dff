import type { BenchmarkBar } from "../../charts/toBenchmarkBars";
import { monthLabel } from "../../format/monthLabel";

/** The chart's data as a table: the text alternative and the keyboard route to every bar. */
export function BenchmarkTable({
  period,
  bars,
  format,
  caption,
}: {
  /** The period the comparison is for; a bar for another month says so. */
  period: string;
  bars: readonly BenchmarkBar[];
  format: (v: number) => string;
  caption: string;
}) {
  const isRanked = bars.some((b) => b.rank != null);
  const hasIntervals = bars.some((b) => b.lower != null && b.upper != null);
  return (
    <table className="mt-3 w-full border-collapse bg-surface text-left text-sm">
      <caption className="py-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          {isRanked ? (
            <th scope="col" className="px-2 py-1">
              Rank among forces
            </th>
          ) : null}
          <th scope="col" className="px-2 py-1">
            Force or group
          </th>
          <th scope="col" className="px-2 py-1 text-right">
            Value
          </th>
          {hasIntervals ? (
            <th scope="col" className="px-2 py-1 text-right">
              Confidence interval
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr
            key={b.code}
            className={`border-b border-line ${b.isHome ? "bg-improvement-soft font-semibold" : ""}`}
          >
            {isRanked ? (
              <td className="px-2 py-1">
                {b.rank != null ? `${b.rank} of ${b.rankOutOf}` : <span className="sr-only">Not ranked</span>}
              </td>
            ) : null}
            <th scope="row" className={`px-2 py-1 ${b.isHome ? "font-semibold" : "font-normal"}`}>
              {b.name}
              {b.isHome ? " (this force)" : ""}
              {b.periodEnd !== period ? (
                <span className="ml-1 font-normal text-muted">to {monthLabel(b.periodEnd)}</span>
              ) : null}
              {b.illustrative ? <span className="ml-1 text-illustrative">(illustrative)</span> : null}
            </th>
            <td className="px-2 py-1 text-right tabular-nums">{format(b.value)}</td>
            {hasIntervals ? (
              <td className="px-2 py-1 text-right tabular-nums">
                {b.lower != null && b.upper != null ? (
                  `${format(b.lower)} – ${format(b.upper)}`
                ) : (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">None given</span>
                  </>
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
