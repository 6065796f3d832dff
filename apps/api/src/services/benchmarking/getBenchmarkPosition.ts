import { benchmarkPosition } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { BenchmarkRecord, ComparatorRecord, MetricRecord } from "../../data/records.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { listComparators, listMostSimilarGroups } from "./benchmarkQueries.ts";

// A stated rank out of more forces than any most similar group has is a national rank.
const LARGEST_GROUP = 15;

/** Where the force stands among its peers and nationally, for the latest benchmark period in range. */
export async function getBenchmarkPosition(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  periodCode?: string | null,
) {
  const [period, rows, comparators, groups] = await Promise.all([
    resolvePeriod(ctx, periodCode),
    ctx.loaders.benchmarksByMetric.load(metric.id),
    listComparators(ctx),
    listMostSimilarGroups(ctx),
  ]);
  const byId = new Map(comparators.map((c) => [c.id, c]));
  const home = rows
    .filter((b) => b.periodEnd <= period.dataMonth && byId.get(b.comparatorId)?.isHomeForce)
    .at(-1);
  if (!home) return null;
  const force = byId.get(home.comparatorId)!;
  const same = rows.filter((b) => b.periodEnd === home.periodEnd && b.periodStart === home.periodStart);
  const of = (kind: ComparatorRecord["kind"]) => same.filter((b) => byId.get(b.comparatorId)?.kind === kind);
  const peerIds = new Set(groups.filter((g) => g.homeForceId === force.id).flatMap((g) => g.memberIds));
  const entry = (b: BenchmarkRecord) => ({ code: byId.get(b.comparatorId)!.code, value: b.value });
  const forces = of("FORCE");
  const peers = forces.filter((b) => peerIds.has(b.comparatorId));
  const msgAverage = of("MSG_AVERAGE")[0]?.value ?? null;
  const national = of("NATIONAL")[0]?.value ?? null;
  const result = benchmarkPosition({
    forceValue: home.value,
    polarity: metric.polarity,
    peers: peers.map(entry),
    allForces: forces.length > peers.length ? forces.map(entry) : undefined,
    msgAverage,
    national,
    statedRank:
      home.rank !== null && home.rankOutOf !== null
        ? {
            rank: home.rank,
            outOf: home.rankOutOf,
            scope: home.rankOutOf > LARGEST_GROUP ? "NATIONAL" : "MSG",
          }
        : null,
    metricName: metric.name,
    unit: metric.unit,
    forceCode: force.code,
    forceName: force.name.replace(/ Police$/, ""),
  });
  return { ...result, periodEnd: home.periodEnd, forceValue: home.value, msgAverage, national };
}
