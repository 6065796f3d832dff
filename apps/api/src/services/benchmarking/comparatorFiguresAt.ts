import type { BenchmarkRecord, ComparatorRecord, MostSimilarGroupRecord } from "../../data/records.ts";

/**
 * The comparators' figures for the reference row's period, the force's own left out: every other force
 * with a figure, those of them in the force's most similar group (its peers), the MSG average and the
 * national row. A figure for another period is not comparable, so it is not here.
 */
export function comparatorFiguresAt({
  rows,
  reference,
  byId,
  groups,
  forceId,
}: {
  rows: readonly BenchmarkRecord[];
  reference: { periodStart: string; periodEnd: string };
  byId: ReadonlyMap<number, ComparatorRecord>;
  groups: readonly MostSimilarGroupRecord[];
  /** The force whose most similar groups name its peers; none when the data has no home force. */
  forceId: number | undefined;
}) {
  const same = rows.filter(
    (b) =>
      b.periodEnd === reference.periodEnd &&
      b.periodStart === reference.periodStart &&
      byId.get(b.comparatorId)?.isHomeForce !== true,
  );
  const of = (kind: ComparatorRecord["kind"]) => same.filter((b) => byId.get(b.comparatorId)?.kind === kind);
  const peerIds = new Set(groups.filter((g) => g.homeForceId === forceId).flatMap((g) => g.memberIds));
  const forces = of("FORCE");
  return {
    forces,
    peers: forces.filter((b) => peerIds.has(b.comparatorId)),
    msgAverage: of("MSG_AVERAGE")[0]?.value ?? null,
    nationalRow: of("NATIONAL")[0],
  };
}
