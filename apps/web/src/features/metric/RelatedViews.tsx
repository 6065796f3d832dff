import { Link } from "react-router";
import { withPeriod } from "../../app/withPeriod";
import { formatValue } from "../../format/formatValue";
import { graphql } from "../../gql";
import type { ChangeLine_ChangeFragment, RelatedViews_MetricFragment } from "../../gql/graphql";
import { ChangeLine } from "../../ui/ChangeLine";

export const RelatedViewsFragment = graphql(`
  fragment RelatedViews_metric on Metric {
    unit
    change(period: $period) {
      against
    }
    comparisons(period: $period) {
      yearOnYear {
        against
        ...ChangeLine_change
      }
      previousThreeMonths {
        against
        ...ChangeLine_change
      }
      meanVsMedian {
        mean
        median
        meanMetricId
        medianMetricId
        note
      }
      rollingVsDiscrete {
        rolling
        discrete
        rollingMetricId
        discreteMetricId
        note
      }
    }
  }
`);

/**
 * The other comparisons (year on year, previous 3 months) in the same words as the headline's change,
 * and mean beside median and rolling beside discrete where the metric's family has both views.
 */
export function RelatedViews({ metric, period }: { metric: RelatedViews_MetricFragment; period?: string }) {
  const { comparisons, unit } = metric;
  if (!comparisons) return null;
  const { meanVsMedian: mm, rollingVsDiscrete: rd } = comparisons;
  // The comparison the headline change is against is not repeated here.
  const isOther = (c: ChangeLine_ChangeFragment | null | undefined) =>
    c && c.against !== metric.change?.against ? c : null;
  const yearOnYear = isOther(comparisons.yearOnYear);
  const previousThreeMonths = isOther(comparisons.previousThreeMonths);
  if (!mm && !rd && !yearOnYear && !previousThreeMonths) return null;
  const link = "text-link underline inline-flex min-h-11 items-center";
  return (
    <div className="mt-6 grid gap-3 sm:grid-cols-2">
      {yearOnYear || previousThreeMonths ? (
        <section aria-label="Other comparisons" className="rounded-lg border border-line bg-surface p-4">
          <h2 className="font-semibold">Other comparisons</h2>
          {yearOnYear ? <ChangeLine change={yearOnYear} showSignificance /> : null}
          {previousThreeMonths ? <ChangeLine change={previousThreeMonths} showSignificance /> : null}
        </section>
      ) : null}
      {mm ? (
        <section aria-label="Mean and median" className="rounded-lg border border-line bg-surface p-4">
          <h2 className="font-semibold">Mean and median</h2>
          <p>
            <Link className={link} to={withPeriod(`/metrics/${mm.meanMetricId}`, period)}>
              Mean {formatValue(mm.mean, unit)}
            </Link>
            {" · "}
            <Link className={link} to={withPeriod(`/metrics/${mm.medianMetricId}`, period)}>
              Median {formatValue(mm.median, unit)}
            </Link>
          </p>
          <p className="text-sm text-muted">{mm.note}</p>
        </section>
      ) : null}
      {rd ? (
        <section aria-label="Rolling and discrete" className="rounded-lg border border-line bg-surface p-4">
          <h2 className="font-semibold">Rolling 12 months and discrete month</h2>
          <p>
            <Link className={link} to={withPeriod(`/metrics/${rd.rollingMetricId}`, period)}>
              Rolling {formatValue(rd.rolling, unit)}
            </Link>
            {" · "}
            <Link className={link} to={withPeriod(`/metrics/${rd.discreteMetricId}`, period)}>
              Discrete {formatValue(rd.discrete, unit)}
            </Link>
          </p>
          <p className="text-sm text-muted">{rd.note}</p>
        </section>
      ) : null}
    </div>
  );
}
