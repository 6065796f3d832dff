import { exceptionsFirst } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { assessMetric } from "./assessMetric.ts";
import { listMetrics } from "./metricLookups.ts";

/** The "exceptions first" view: every metric needing attention in the period, most severe first. */
export async function listExceptions(
  ctx: Pick<GraphQLContext, "repos" | "loaders">,
  periodCode?: string | null,
) {
  const metrics = await listMetrics(ctx);
  // No metrics yet (a new install): nothing needs attention, whether or not a quarter exists.
  if (metrics.length === 0) return [];
  const period = await resolvePeriod(ctx, periodCode);
  const assessed = await Promise.all(metrics.map((m) => assessMetric(ctx, m, period)));
  const exceptions = exceptionsFirst(assessed, (a) => a.metric.id);
  const placements = await ctx.loaders.placementByMetric.loadMany(exceptions.map((e) => e.metric.id));
  return exceptions.map((e, i) => {
    const placement = placements[i];
    const priorityNumber = placement && !(placement instanceof Error) ? placement.priorityNumber : null;
    return { ...e, priorityNumber };
  });
}

export type MetricExceptionView = Awaited<ReturnType<typeof listExceptions>>[number];
