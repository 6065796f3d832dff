import { Link } from "react-router";
import { formatValue } from "../../format/formatValue";
import { graphql } from "../../gql";
import type { CjsMeasure_MetricFragment } from "../../gql/graphql";
import { GlossaryText } from "../../ui/GlossaryText";
import { nationalFor } from "./nationalFor";

export const CjsMeasureFragment = graphql(`
  fragment CjsMeasure_metric on Metric {
    id
    name
    description
    unit
    polarity
    latest {
      id
      value
      periodStart
      periodEnd
      illustrative
    }
    comparisons {
      previousThreeMonths {
        text
      }
    }
    benchmarks {
      id
      value
      periodEnd
      comparator {
        id
        kind
      }
    }
  }
`);

/** Bars on one scale so force and national compare at a glance; both figures are also written. */
function PairBars({
  force,
  national,
  format,
}: {
  force: number;
  national: number;
  format: (v: number) => string;
}) {
  const max = Math.max(force, national) || 1;
  return (
    <div aria-hidden="true" className="mt-2 space-y-1 text-sm">
      <div className="flex items-center gap-2">
        <span className="w-20">Force</span>
        <span className="h-3 rounded bg-brand" style={{ width: `${(force / max) * 60}%` }} />
        <span>{format(force)}</span>
      </div>
      <div className="flex items-center gap-2">
        <span className="w-20">National</span>
        <span className="h-3 rounded bg-peer" style={{ width: `${(national / max) * 60}%` }} />
        <span>{format(national)}</span>
      </div>
    </div>
  );
}

/** One CJS measure: the force's figure against national, and the change from the previous quarter. */
export function CjsMeasure({ metric }: { metric: CjsMeasure_MetricFragment }) {
  const format = (v: number) => formatValue(v, metric.unit);
  const latest = metric.latest;
  const national = nationalFor(metric.benchmarks, latest?.periodEnd);
  return (
    <li className="flex flex-col rounded-lg border border-line bg-surface p-4">
      <h4 className="font-semibold">
        <Link
          to={`/metrics/${metric.id}`}
          className="inline-flex min-h-11 items-center text-link underline-offset-4 hover:underline"
        >
          <GlossaryText text={metric.description ?? metric.name} />
        </Link>
      </h4>
      <p className="text-3xl font-bold tabular-nums">{latest ? format(latest.value) : "No data"}</p>
      {national != null ? <p>Nationally {format(national)}</p> : null}
      {metric.comparisons?.previousThreeMonths ? (
        <p className="text-sm">{metric.comparisons.previousThreeMonths.text}</p>
      ) : null}
      {latest?.illustrative ? <p className="text-sm text-illustrative">Illustrative value</p> : null}
      {latest && national != null ? (
        <PairBars force={latest.value} national={national} format={format} />
      ) : null}
    </li>
  );
}
