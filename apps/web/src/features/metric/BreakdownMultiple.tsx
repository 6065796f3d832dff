import { useQuery } from "@apollo/client/react";
import { formatValue } from "../../format/formatValue";
import { monthLabel } from "../../format/monthLabel";
import { graphql } from "../../gql";
import type { MetricUnit } from "../../gql/graphql";
import { Sparkline } from "../../ui/Sparkline";

export const MetricBreakdownQuery = graphql(`
  query MetricBreakdown($id: ID!, $area: String, $breakdown: String) {
    metric(id: $id) {
      id
      series(area: $area, breakdown: $breakdown) {
        area
        breakdown
        periods
        values
        illustrative
      }
    }
  }
`);

/** One small multiple: a breakdown (County, Swindon, a crime type) as a light line with its latest value. */
export function BreakdownMultiple({
  metricId,
  area,
  breakdown,
  label,
  unit,
}: {
  metricId: string;
  area: string;
  breakdown: string;
  label: string;
  unit: MetricUnit;
}) {
  const { data, loading, error } = useQuery(MetricBreakdownQuery, {
    variables: { id: metricId, area, breakdown },
  });
  const series = data?.metric?.series;
  const lastIndex = (series?.values.length ?? 0) - 1;
  return (
    <li className="rounded-lg border border-line bg-surface p-3">
      <h3 className="font-semibold">{label}</h3>
      {loading && !series ? (
        <p role="status" className="text-sm text-muted">
          Loading…
        </p>
      ) : null}
      {error ? <p className="text-sm text-fail">Could not load this breakdown.</p> : null}
      {series && lastIndex >= 0 ? (
        <>
          <p className="text-xl font-bold tabular-nums">
            {formatValue(series.values[lastIndex], unit)}
            <span className="ml-1 text-sm font-normal text-muted">
              {monthLabel(series.periods[lastIndex] ?? "")}
            </span>
          </p>
          <Sparkline
            values={series.values.slice(-36)}
            label={`${label}: trend over the last ${Math.min(36, series.values.length)} months`}
          />
        </>
      ) : null}
      {series && lastIndex < 0 ? <p className="text-sm text-muted">No data for this breakdown.</p> : null}
    </li>
  );
}
