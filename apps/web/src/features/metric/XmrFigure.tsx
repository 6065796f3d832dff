import { describeXmr } from "../../charts/describeXmr";
import { LazyXmrChart } from "../../charts/LazyXmrChart";
import type { XmrChartData } from "../../charts/toXmrRows";
import { tickScaleFor } from "../../charts/yAxisTicks";
import type { XmrSection_MetricFragment } from "../../gql/graphql";
import { trendBasisWords } from "../../ui/signalMeaning";
import { XmrLegend } from "./XmrLegend";

/**
 * The chart itself with its text alternative: a description in words (the image's name and its
 * caption) and the key. A trend-only series names its basis in the value's label.
 */
export function XmrFigure({
  metric,
  data,
  format,
  isTrendOnly,
  hasBand,
}: {
  metric: Pick<
    XmrSection_MetricFragment,
    "name" | "unit" | "basis" | "target" | "targetKind" | "targetLabel"
  >;
  data: XmrChartData;
  format: (v: number) => string;
  isTrendOnly: boolean;
  /** Whether to shade the survey's confidence interval. */
  hasBand: boolean;
}) {
  const description = describeXmr(metric.name, data, format, { isTrendOnly });
  return (
    <figure className="mt-3 rounded-lg border border-line bg-surface p-3">
      <div role="img" aria-label={description}>
        <LazyXmrChart
          data={data}
          format={format}
          target={metric.target}
          targetLabel={metric.targetLabel}
          targetKind={metric.targetKind}
          tickScale={tickScaleFor(metric.unit)}
          showConfidenceBand={hasBand}
          seriesLabel={isTrendOnly ? `Value (${trendBasisWords(metric.basis)})` : "Value"}
        />
      </div>
      <figcaption className="mt-2 text-sm">{description} The table below lists every point.</figcaption>
      <XmrLegend
        hasTarget={metric.target != null}
        hasBand={hasBand}
        isTrendOnly={isTrendOnly}
        hasIllustrative={data.rows.some((r) => r.illustrative)}
      />
    </figure>
  );
}
