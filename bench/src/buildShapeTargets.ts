import { ourObservationsShape, ourSeriesShape } from "./graphqlDocuments.ts";
import type { AnswerCount, Target } from "./types.ts";

/**
 * Our API asked for the same monthly data in its two shapes: `series` (parallel arrays) and
 * `observations` (one object per month), with nothing else in the query, to measure what shape costs.
 */
export function buildShapeTargets(apiUrl: string, metricIds: readonly string[]): Target[] {
  const shape = (question: string, query: string, key: "series" | "observations"): Target => ({
    server: "our API (cache off)",
    question: question as Target["question"],
    url: `${apiUrl}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query }),
    count: (data) => countMetrics(data, key),
  });
  return [
    shape("series (arrays)", ourSeriesShape(metricIds), "series"),
    shape("observations (objects)", ourObservationsShape(metricIds), "observations"),
  ];
}

function countMetrics(data: unknown, key: "series" | "observations"): AnswerCount {
  const metrics = Object.values((data ?? {}) as Record<string, Record<string, unknown> | null>).filter(
    (metric): metric is Record<string, unknown> => metric !== null,
  );
  const valuesOf = (metric: Record<string, unknown>) =>
    key === "series"
      ? ((metric.series as { values?: unknown[] })?.values ?? [])
      : ((metric.observations as unknown[]) ?? []);
  return { items: metrics.length, values: metrics.reduce((sum, metric) => sum + valuesOf(metric).length, 0) };
}
