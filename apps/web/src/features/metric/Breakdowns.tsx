import { graphql } from "../../gql";
import type { Breakdowns_MetricFragment } from "../../gql/graphql";
import { BreakdownMultiple } from "./BreakdownMultiple";

export const BreakdownsFragment = graphql(`
  fragment Breakdowns_metric on Metric {
    id
    unit
    seriesKeys {
      breakdown
      label
      area {
        code
      }
    }
  }
`);

/** Breakdowns as small multiples; the first series key is the headline series, charted above. */
export function Breakdowns({ metric }: { metric: Breakdowns_MetricFragment }) {
  const others = metric.seriesKeys.slice(1);
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
            metricId={metric.id}
            area={k.area.code}
            breakdown={k.breakdown}
            label={k.label}
            unit={metric.unit}
          />
        ))}
      </ul>
    </section>
  );
}
