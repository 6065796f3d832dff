import type { BenchmarkRecord } from "../../data/records.ts";

// A stated rank out of more forces than any most similar group has is a national rank.
const LARGEST_GROUP = 15;

/**
 * The rank the source states for the force's own figure ("the lowest force nationally": 1 of 43),
 * scoped national or MSG by how many it is out of; null when the source states none.
 */
export function statedRankOf(homeRow: BenchmarkRecord | undefined) {
  if (homeRow?.rank == null || homeRow.rankOutOf == null) return null;
  return {
    rank: homeRow.rank,
    outOf: homeRow.rankOutOf,
    scope: homeRow.rankOutOf > LARGEST_GROUP ? ("NATIONAL" as const) : ("MSG" as const),
  };
}
