/** Where the force stands: rank 1 = most favourable, quartile 1 = best; nulls where not known. */
export interface BenchmarkPositionResult {
  msgRank: number | null;
  msgRankOutOf: number | null;
  msgQuartile: number | null;
  nationalRank: number | null;
  nationalRankOutOf: number | null;
  nationalQuartile: number | null;
  /** forceValue − MSG average (metric units; points for PERCENT). */
  differenceFromMsgAverage: number | null;
  differenceFromNational: number | null;
  text: string;
}
