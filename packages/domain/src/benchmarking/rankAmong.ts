import type { Polarity } from "../format/Polarity.ts";

/**
 * Rank of a value among others (1 = most favourable: lowest when lower is better, highest when higher
 * is better; lowest for NEUTRAL). Ties share the better rank. Quartile = ⌈4 × rank / outOf⌉.
 * @example rankAmong(58.61, [72.2, 80, 65], "LOWER_IS_BETTER") // { rank: 1, outOf: 4, quartile: 1 }
 */
export function rankAmong(
  value: number,
  others: number[],
  polarity: Polarity,
): { rank: number; outOf: number; quartile: number } {
  const better = (other: number) => (polarity === "HIGHER_IS_BETTER" ? other > value : other < value);
  const rank = 1 + others.filter(better).length;
  const outOf = others.length + 1;
  return { rank, outOf, quartile: quartileOf(rank, outOf) };
}

/** Quartile 1–4 of a rank, 1 best: ⌈4 × rank / outOf⌉. */
export function quartileOf(rank: number, outOf: number): number {
  return Math.min(4, Math.max(1, Math.ceil((4 * rank) / outOf)));
}
