import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { graphql } from "../../gql";
import type { BenchmarkLink_PositionFragment } from "../../gql/graphql";

export const BenchmarkLinkFragment = graphql(`
  fragment BenchmarkLink_position on BenchmarkPosition {
    comparedWith
  }
`);

/**
 * The way from a metric to its benchmark page, naming what it is compared with ("Benchmarks: compared
 * with England & Wales"). The API gives a position for every metric with benchmarks, so render this
 * wherever `benchmarkPosition` is not null.
 */
export function BenchmarkLink({
  metricId,
  position,
  period,
  className = "",
}: {
  metricId: string;
  position: BenchmarkLink_PositionFragment;
  period?: string;
  className?: string;
}) {
  return (
    <Link
      to={withPeriod(`/metrics/${metricId}/benchmarks`, period)}
      className={`inline-flex min-h-11 items-center text-link underline ${className}`}
    >
      Benchmarks: compared with {position.comparedWith}
    </Link>
  );
}
