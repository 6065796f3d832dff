import type { BenchmarkInput } from "./BenchmarkInput.ts";
import type { BenchmarkPositionResult } from "./BenchmarkPositionResult.ts";
import { benchmarkText } from "./benchmarkText.ts";
import { MIN_PEERS_FOR_RANK } from "./MIN_PEERS_FOR_RANK.ts";
import { quartileOf, rankAmong } from "./rankAmong.ts";

/**
 * Rank and quartile of the force among its most similar group and among all forces (1 = most
 * favourable for the metric's polarity), its difference from the MSG average and the national
 * figure, and the sentence to show. A stated rank (the source says "lowest force nationally" without
 * every force's figure) is used for its scope when the figures are not given. Computed ranks need at
 * least MIN_PEERS_FOR_RANK other forces: "1 of 3" would be read as a league position it is not.
 * @example benchmarkPosition({ forceValue: 58.61, polarity: "LOWER_IS_BETTER", msgAverage: 72.2,
 *   statedRank: { rank: 1, outOf: 43, scope: "NATIONAL" }, metricName: "crimes per 1000 population", unit: "RATE_PER_1000" }).text
 *   // "Wiltshire is the lowest force nationally for crimes per 1000 population (58.61 against an MSG average of 72.20)"
 */
export function benchmarkPosition(input: BenchmarkInput): BenchmarkPositionResult {
  const others = (list?: { code: string; value: number }[]) =>
    list
      ?.filter((entry) => entry.code !== input.forceCode && Number.isFinite(entry.value))
      .map((e) => e.value);
  const msgValues = others(input.peers);
  const nationalValues = others(input.allForces);
  const stated = input.statedRank ?? null;
  const fromStated = (scope: "NATIONAL" | "MSG") =>
    stated?.scope === scope ? { ...stated, quartile: quartileOf(stated.rank, stated.outOf) } : null;
  const ranked = (values?: number[]) =>
    values && values.length >= MIN_PEERS_FOR_RANK
      ? rankAmong(input.forceValue, values, input.polarity)
      : null;
  const msg = ranked(msgValues) ?? fromStated("MSG");
  const national = ranked(nationalValues) ?? fromStated("NATIONAL");
  const headline = national
    ? { ...national, scope: "NATIONAL" as const }
    : msg
      ? { ...msg, scope: "MSG" as const }
      : null;
  const diff = (other?: number | null) =>
    other === null || other === undefined ? null : input.forceValue - other;
  return {
    msgRank: msg?.rank ?? null,
    msgRankOutOf: msg?.outOf ?? null,
    msgQuartile: msg?.quartile ?? null,
    nationalRank: national?.rank ?? null,
    nationalRankOutOf: national?.outOf ?? null,
    nationalQuartile: national?.quartile ?? null,
    differenceFromMsgAverage: diff(input.msgAverage),
    differenceFromNational: diff(input.national),
    text: benchmarkText(input, headline),
  };
}
