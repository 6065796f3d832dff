import type { MetricUnit } from "../format/MetricUnit.ts";
import type { Polarity } from "../format/Polarity.ts";

/** What benchmarkPosition needs: the force's value and whichever comparators are published. */
export interface BenchmarkInput {
  forceValue: number;
  polarity: Polarity;
  /** The force's most similar group peers (the force itself may be listed; see forceCode). */
  peers?: { code: string; value: number; population?: number; name?: string }[];
  /** Every force nationally (the force itself may be listed; see forceCode). */
  allForces?: { code: string; value: number }[];
  msgAverage?: number | null;
  national?: number | null;
  /** A rank the source states without publishing every force's figure ("the lowest force nationally"). */
  statedRank?: { rank: number; outOf: number; scope: "NATIONAL" | "MSG" } | null;
  metricName: string;
  unit: MetricUnit;
  /** The force's comparator code, so its own entry in peers/allForces is not counted twice. */
  forceCode?: string;
  /** Defaults to "Wiltshire", the home force of the report. */
  forceName?: string;
}
