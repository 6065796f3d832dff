import { benchmarkPosition, comparedWith, spanLabel } from "@pcc/domain";
import type { GraphQLContext } from "../../context.ts";
import type { BenchmarkRecord, ComparatorRecord, MetricRecord } from "../../data/records.ts";
import { selectSeries } from "../metrics/selectSeries.ts";
import { resolvePeriod } from "../periods/resolvePeriod.ts";
import { listComparators, listMostSimilarGroups } from "./benchmarkQueries.ts";
import { comparatorFiguresAt } from "./comparatorFiguresAt.ts";
import { type ForceFigure, forceFigureFor } from "./forceFigureFor.ts";
import { statedRankOf } from "./statedRankOf.ts";

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
  const homeRow = inRange.filter((b) => byId.get(b.comparatorId)?.isHomeForce === true).at(-1);
  const reference = homeRow ?? inRange.at(-1);
  if (!reference) return null;
  const series = selectSeries(observations).filter((o) => o.periodEnd <= period.dataMonth);
  const figure = forceFigureFor(homeRow, reference, series);
  if (!figure) return null;
  const force = homeRow ? byId.get(homeRow.comparatorId)! : comparators.find((c) => c.isHomeForce);
  const others = comparatorFiguresAt({ rows, reference, byId, groups, forceId: force?.id });
  const { forces, peers, msgAverage, nationalRow } = others;
  const national = nationalRow?.value ?? null;
  const statedRank = statedRankOf(homeRow);
  const entry = (b: BenchmarkRecord) => {
    const c = byId.get(b.comparatorId)!;
    return { code: c.code, name: shortName(c), value: b.value };
  };
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
    ...periodsOf(reference, figure),
    msgAverage,
    national,
    comparedWith: comparatorsInWords(others, byId, statedRank),
  };
}

/** The comparison's period, and the force's own figure with its period, which may differ from it. */
function periodsOf(reference: BenchmarkRecord, figure: ForceFigure) {
  return {
    periodEnd: reference.periodEnd,
    periodLabel: spanLabel(reference.periodStart, reference.periodEnd),
    forceValue: figure.value,
    forcePeriodEnd: figure.periodEnd,
    forcePeriodLabel: spanLabel(figure.periodStart, figure.periodEnd),
    forceLower: figure.lower,
    forceUpper: figure.upper,
    forceIllustrative: figure.illustrative,
  };
}

/**
 * "Compared with …": the peers by name, the MSG average, and the national figure by name or, failing
 * that, as all forces nationally (every force with a figure plus this one, else the stated rank's count).
 */
function comparatorsInWords(
  { forces, peers, msgAverage, nationalRow }: ReturnType<typeof comparatorFiguresAt>,
  byId: ReadonlyMap<number, ComparatorRecord>,
  statedRank: ReturnType<typeof statedRankOf>,
) {
  return comparedWith({
    peerNames: peers.map((b) => shortName(byId.get(b.comparatorId)!)),
    hasMsgAverage: msgAverage !== null,
    nationalName: nationalRow ? byId.get(nationalRow.comparatorId)?.name : null,
    nationalForceCount:
      forces.length > peers.length
        ? forces.length + 1
        : statedRank?.scope === "NATIONAL"
          ? statedRank.outOf
          : null,
  });
}
