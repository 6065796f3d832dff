import type { MetricUnit } from "../../gql/graphql";
import { BreakdownMultiple } from "./BreakdownMultiple";

interface SeriesKey {
  breakdown: string;
  label: string;
  area: { code: string; name: string };
}

/** Breakdowns as small multiples; the first series key is the headline series, charted above. */
export function Breakdowns({
  metricId,
  seriesKeys,
  unit,
}: {
  metricId: string;
  seriesKeys: readonly SeriesKey[];
  unit: MetricUnit;
}) {
  const others = seriesKeys.slice(1);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="breakdowns-heading" className="defer-render mt-8">
      <h2 id="breakdowns-heading" className="text-xl font-semibold">
        Breakdowns
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {others.map((k) => (
          <BreakdownMultiple
            key={`${k.area.code}/${k.breakdown}`}
            metricId={metricId}
            area={k.area.code}
            breakdown={k.breakdown}
            label={k.label}
            unit={unit}
          />
        ))}
      </ul>
    </section>
  );
}
