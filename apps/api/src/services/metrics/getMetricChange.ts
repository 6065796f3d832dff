import { type ChangeBasis, headlineChange, type MetricChange } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { getLatestObservation } from "./listObservations.ts";
import type { MetricReadArgs } from "./MetricReadArgs.ts";
import { marginOfError } from "./marginOfError.ts";
import { monthlyPoints } from "./monthlyPoints.ts";
import { selectSeries } from "./selectSeries.ts";

/**
 * The latest observation's change on a basis (the metric's own unless one is given), computed from the
 * stored months by the domain's one definition; null when the basis is NONE or a month it needs is missing.
 */
export async function getMetricChange(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  args: MetricReadArgs,
  changeBasis: ChangeBasis = metric.changeBasis,
): Promise<MetricChange | null> {
  const latest = await getLatestObservation(ctx, metric, args);
  if (!latest) return null;
  const series = selectSeries(await ctx.loaders.observationsByMetric.load(metric.id), args);
  return headlineChange({
    points: monthlyPoints(series, latest.periodEnd),
    period: latest.periodEnd,
    unit: metric.unit,
    basis: metric.basis,
    changeBasis,
    marginOfError: metric.isSurvey ? marginOfError(latest) : null,
  });
}
