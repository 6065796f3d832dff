import { monthLabel } from "../../format/monthLabel";
import { Sparkline } from "../../ui/Sparkline";

/** How the gap to the MSG average has moved, where more than one period is known. */
export function GapTrend({
  gaps,
  format,
}: {
  gaps: readonly { periodEnd: string; gap: number }[];
  format: (v: number) => string;
}) {
  if (gaps.length < 2) return null;
  const sign = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "");
  return (
    <section aria-labelledby="gap-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
      <h2 id="gap-heading" className="text-lg font-semibold">
        Gap to the MSG average over time
      </h2>
      <Sparkline
        values={gaps.map((g) => g.gap)}
        label="Trend of the gap between this force and the MSG average"
      />
      <ul className="mt-2 flex flex-wrap gap-x-4 text-sm">
        {gaps.map((g) => (
          <li key={g.periodEnd}>
            {monthLabel(g.periodEnd)}: {sign(g.gap)}
            {format(Math.abs(g.gap))}
          </li>
        ))}
      </ul>
    </section>
  );
}
