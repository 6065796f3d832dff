import type { GraphQLContext } from "../../context.ts";
import type {
  BenchmarkRecord,
  ComparatorRecord,
  MetricRecord,
  MostSimilarGroupRecord,
} from "../../data/records.ts";

export function listComparators(ctx: Pick<GraphQLContext, "loaders">): Promise<ComparatorRecord[]> {
  return ctx.loaders.comparators.load("all");
}

export function listMostSimilarGroups(
  ctx: Pick<GraphQLContext, "loaders">,
): Promise<MostSimilarGroupRecord[]> {
  return ctx.loaders.mostSimilarGroups.load("all");
}

/** Comparators by id, for a benchmark's or a group's comparator edges (one query per request). */
export async function getComparators(ctx: Pick<GraphQLContext, "loaders">, ids: number[]) {
  const all = await listComparators(ctx);
  return ids.map((id) => all.find((c) => c.id === id)).filter((c): c is ComparatorRecord => c !== undefined);
}

export function listCjsScorecards(ctx: Pick<GraphQLContext, "repos">) {
  return ctx.repos.scorecards.findByKind("CJS");
}

export async function listBenchmarks(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  range: { from?: string | null; to?: string | null },
): Promise<BenchmarkRecord[]> {
  const rows = await ctx.loaders.benchmarksByMetric.load(metric.id);
  return rows.filter(
    (b) => (!range.from || b.periodEnd >= range.from) && (!range.to || b.periodEnd <= range.to),
  );
}
