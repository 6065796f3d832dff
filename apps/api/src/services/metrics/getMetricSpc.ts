import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { computeMetricSpc } from "./computeMetricSpc.ts";
import type { MetricReadArgs } from "./MetricReadArgs.ts";
import { selectSeries } from "./selectSeries.ts";

/** The Metric.spc field: the XmR chart in its GraphQL shape, with process-change labels. */
export async function getMetricSpc(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  args: MetricReadArgs,
) {
  const [period, observations, changes] = await Promise.all([
    resolvePeriod(ctx, args.period),
    ctx.loaders.observationsByMetric.load(metric.id),
    ctx.loaders.processChangesByMetric.load(metric.id),
  ]);
  const series = selectSeries(observations, args);
  const result = await computeMetricSpc(ctx, metric, series, period.dataMonth);
  if (!result) return null;
  return {
    ...result,
    segments: result.segments.map((s) => ({
      ...s,
      label: changes.find((c) => c.month === s.start)?.label ?? null,
    })),
    points: result.points.map((p) => ({ ...p, periodEnd: p.period })),
  };
}
