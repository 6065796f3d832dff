import { formatValue } from "../format/formatValue.ts";
import type { BenchmarkInput } from "./BenchmarkInput.ts";

/**
 * The benchmark sentence in the report's register:
 * "Wiltshire is the lowest force nationally for crimes per 1000 population (58.61 against an MSG average of 72.20)".
 * The extreme word follows the value, not the polarity: rank 1 is "lowest" when lower is better.
 */
export function benchmarkText(
  input: BenchmarkInput,
  rank: { rank: number; outOf: number; scope: "NATIONAL" | "MSG" } | null,
): string {
  const force = input.forceName ?? "Wiltshire";
  const best = input.polarity === "HIGHER_IS_BETTER" ? "highest" : "lowest";
  const worst = best === "lowest" ? "highest" : "lowest";
  const where = rank?.scope === "MSG" ? "in its most similar group" : "nationally";
  const lead = !rank
    ? `${force} records ${formatValue(input.forceValue, input.unit)} for ${input.metricName}`
    : rank.rank === 1
      ? `${force} is the ${best} force ${where} for ${input.metricName}`
      : rank.rank === rank.outOf
        ? `${force} is the ${worst} force ${where} for ${input.metricName}`
        : `${force} is ranked ${rank.rank} of ${rank.outOf} forces ${where} for ${input.metricName}`;
  const value = formatValue(input.forceValue, input.unit);
  if (input.msgAverage !== null && input.msgAverage !== undefined) {
    return `${lead} (${value} against an MSG average of ${formatValue(input.msgAverage, input.unit)})`;
  }
  if (input.national !== null && input.national !== undefined) {
    return `${lead} (${value} against a national figure of ${formatValue(input.national, input.unit)})`;
  }
  return rank ? `${lead} (${value})` : lead;
}
