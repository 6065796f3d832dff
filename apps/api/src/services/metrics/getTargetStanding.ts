import { targetStanding } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord } from "../../data/records.ts";
import { getLatestObservation } from "./listObservations.ts";
import type { MetricReadArgs } from "./MetricReadArgs.ts";

/** The latest value's own standing against the metric's target or SLA ("1,196 exceeds the 1,189 target"). */
export async function getTargetStanding(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  args: MetricReadArgs,
) {
  const latest = await getLatestObservation(ctx, metric, args);
  if (!latest) return null;
  return targetStanding(latest.value, metric.target, metric.targetKind, metric.polarity, metric.unit);
}
