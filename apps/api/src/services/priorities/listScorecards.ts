import type { GraphQLContext } from "../../context.ts";
import type { MetricRecord, ScorecardRecord, SectionRecord } from "../../data/records.ts";

export function listScorecards(
  ctx: Pick<GraphQLContext, "loaders">,
  priorityId: number,
): Promise<ScorecardRecord[]> {
  return ctx.loaders.scorecardsByPriority.load(priorityId);
}

export function listSections(
  ctx: Pick<GraphQLContext, "loaders">,
  scorecardId: number,
): Promise<SectionRecord[]> {
  return ctx.loaders.sectionsByScorecard.load(scorecardId);
}

/** A section's metrics in position order: two batched queries however many sections ask. */
export async function listSectionMetrics(
  ctx: Pick<GraphQLContext, "loaders">,
  sectionId: number,
): Promise<MetricRecord[]> {
  const ids = await ctx.loaders.metricIdsBySection.load(sectionId);
  const metrics = await ctx.loaders.metricById.loadMany(ids);
  return metrics.filter((m): m is MetricRecord => m !== null && !(m instanceof Error));
}

/** Every metric on a priority's scorecards, once each, in scorecard order. */
export async function listPriorityMetrics(
  ctx: Pick<GraphQLContext, "loaders">,
  priorityId: number,
): Promise<MetricRecord[]> {
  const scorecards = await listScorecards(ctx, priorityId);
  const sections = (await Promise.all(scorecards.map((s) => listSections(ctx, s.id)))).flat();
  const metrics = (await Promise.all(sections.map((s) => listSectionMetrics(ctx, s.id)))).flat();
  return [...new Map(metrics.map((m) => [m.id, m])).values()];
}
