import { formatValue } from "../format/formatValue.ts";
import type { BenchmarkInput } from "./BenchmarkInput.ts";

/**
 * The benchmark sentence in the report's register:
 * "Wiltshire is the lowest force nationally for crimes per 1000 population (58.61 against an MSG average of 72.20)".
 * The extreme word follows the value, not the polarity: rank 1 is "lowest" when lower is better.
 * Without a rank the figures are set side by side, as the CJS pages do ("63 days … Nationally 49 days").
 */
export function benchmarkText(
  input: BenchmarkInput,
  rank: { rank: number; outOf: number; scope: "NATIONAL" | "MSG" } | null,
): string {
  const force = input.forceName ?? "Wiltshire";
  const value = formatValue(input.forceValue, input.unit);
  const reference = referenceText(input);
  if (!rank) {
    const peers = namedPeers(input);
    const lead = `${force} records ${value} for ${input.metricName}`;
    const against = reference ? `, against ${reference}` : "";
    return peers ? `${lead}${against} (${peers})` : `${lead}${against}`;
  }
  const best = input.polarity === "HIGHER_IS_BETTER" ? "highest" : "lowest";
  const worst = best === "lowest" ? "highest" : "lowest";
  const where = rank.scope === "MSG" ? "in its most similar group" : "nationally";
  const lead =
    rank.rank === 1
      ? `${force} is the ${best} force ${where} for ${input.metricName}`
      : rank.rank === rank.outOf
        ? `${force} is the ${worst} force ${where} for ${input.metricName}`
        : `${force} is ranked ${rank.rank} of ${rank.outOf} forces ${where} for ${input.metricName}`;
  return reference ? `${lead} (${value} against ${reference})` : `${lead} (${value})`;
}

function referenceText(input: BenchmarkInput): string | null {
  if (input.msgAverage !== null && input.msgAverage !== undefined)
    return `an MSG average of ${formatValue(input.msgAverage, input.unit)}`;
  if (input.national !== null && input.national !== undefined)
    return `a national figure of ${formatValue(input.national, input.unit)}`;
  return null;
}

/** "Warwickshire 74.0%, West Mercia 83.8%": peers too few to rank among are named with their figures. */
function namedPeers(input: BenchmarkInput): string | null {
  const named = (input.peers ?? []).filter((p) => p.code !== input.forceCode && p.name);
  return named.length > 0
    ? named.map((p) => `${p.name} ${formatValue(p.value, input.unit)}`).join(", ")
    : null;
}
