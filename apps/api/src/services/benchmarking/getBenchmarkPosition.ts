import { benchmarkPosition, comparedWith, spanLabel } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { BenchmarkRecord, ComparatorRecord, MetricRecord } from "../../data/records.ts";
import { selectSeries } from "../metrics/selectSeries.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { listComparators, listMostSimilarGroups } from "./benchmarkQueries.ts";
import { forceFigureFor } from "./forceFigureFor.ts";

// A stated rank out of more forces than any most similar group has is a national rank.
const LARGEST_GROUP = 15;

const shortName = (c: ComparatorRecord) => c.name.replace(/ Police$/, "");

/** "Overall confidence in local police" reads "… for overall confidence …" mid-sentence; "FAT outcome rate" keeps its capitals. */
const midSentence = (name: string) =>
  /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

/**
 * Where the force stands among its comparators for the latest benchmark period at or before the
 * reporting period: its own figure (a benchmark row, else its observation; see forceFigureFor), the MSG
 * average and national figure, ranks where the peer set allows them, and the comparators in words.
 */
export async function getBenchmarkPosition(
  ctx: Pick<GraphQLContext, "loaders">,
  metric: MetricRecord,
  periodCode?: string | null,
) {
  const [period, rows, comparators, groups, observations] = await Promise.all([
    resolvePeriod(ctx, periodCode),
    ctx.loaders.benchmarksByMetric.load(metric.id),
    listComparators(ctx),
    listMostSimilarGroups(ctx),
    ctx.loaders.observationsByMetric.load(metric.id),
  ]);
  const byId = new Map(comparators.map((c) => [c.id, c]));
  const inRange = rows.filter((b) => b.periodEnd <= period.dataMonth);
  const isHome = (b: BenchmarkRecord) => byId.get(b.comparatorId)?.isHomeForce === true;
  const homeRow = inRange.filter(isHome).at(-1);
  const reference = homeRow ?? inRange.at(-1);
  if (!reference) return null;
  const series = selectSeries(observations).filter((o) => o.periodEnd <= period.dataMonth);
  const figure = forceFigureFor(homeRow, reference, series);
  if (!figure) return null;
  const force = homeRow ? byId.get(homeRow.comparatorId)! : comparators.find((c) => c.isHomeForce);
  const same = rows.filter(
    (b) => b.periodEnd === reference.periodEnd && b.periodStart === reference.periodStart && !isHome(b),
  );
  const of = (kind: ComparatorRecord["kind"]) => same.filter((b) => byId.get(b.comparatorId)?.kind === kind);
  const peerIds = new Set(groups.filter((g) => g.homeForceId === force?.id).flatMap((g) => g.memberIds));
  const entry = (b: BenchmarkRecord) => {
    const c = byId.get(b.comparatorId)!;
    return { code: c.code, name: shortName(c), value: b.value };
  };
  const forces = of("FORCE");
  const peers = forces.filter((b) => peerIds.has(b.comparatorId));
  const msgAverage = of("MSG_AVERAGE")[0]?.value ?? null;
  const nationalRow = of("NATIONAL")[0];
  const national = nationalRow?.value ?? null;
  const statedRank =
    homeRow?.rank != null && homeRow.rankOutOf != null
      ? {
          rank: homeRow.rank,
          outOf: homeRow.rankOutOf,
          scope: homeRow.rankOutOf > LARGEST_GROUP ? ("NATIONAL" as const) : ("MSG" as const),
        }
      : null;
  const result = benchmarkPosition({
    forceValue: figure.value,
    polarity: metric.polarity,
    peers: peers.map(entry),
    allForces: forces.length > peers.length ? forces.map(entry) : undefined,
    msgAverage,
    national,
    statedRank,
    metricName: midSentence(metric.name),
    unit: metric.unit,
    forceCode: force?.code,
    forceName: force ? shortName(force) : undefined,
  });
  return {
    ...result,
    periodEnd: reference.periodEnd,
    periodLabel: spanLabel(reference.periodStart, reference.periodEnd),
    forceValue: figure.value,
    forcePeriodEnd: figure.periodEnd,
    forcePeriodLabel: spanLabel(figure.periodStart, figure.periodEnd),
    forceLower: figure.lower,
    forceUpper: figure.upper,
    forceIllustrative: figure.illustrative,
    msgAverage,
    national,
    comparedWith: comparedWith({
      peerNames: peers.map((b) => shortName(byId.get(b.comparatorId)!)),
      hasMsgAverage: msgAverage !== null,
      nationalName: nationalRow ? byId.get(nationalRow.comparatorId)?.name : null,
      nationalForceCount:
        forces.length > peers.length
          ? forces.length + 1
          : statedRank?.scope === "NATIONAL"
            ? statedRank.outOf
            : null,
    }),
  };
}
