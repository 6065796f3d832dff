import type { BenchmarkBar } from "../../charts/toBenchmarkBars";
import { BenchmarkTableRow } from "./BenchmarkTableRow";

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
      <BenchmarkTableHead isRanked={isRanked} hasIntervals={hasIntervals} />
      <tbody>
        {bars.map((b) => (
          <BenchmarkTableRow
            key={b.code}
            bar={b}
            period={period}
            isRanked={isRanked}
            hasIntervals={hasIntervals}
            format={format}
          />
        ))}
      </tbody>
    </table>
  );
}

/** Rank and interval columns appear only when some bar has one. */
function BenchmarkTableHead({ isRanked, hasIntervals }: { isRanked: boolean; hasIntervals: boolean }) {
  return (
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
  );
}
