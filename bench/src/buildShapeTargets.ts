import { graphqlDocuments } from "./graphqlDocuments.ts";
import type { AnswerCount, Target } from "./types.ts";

/**
 * Our API asked for the same monthly data in its two shapes: `series` (parallel arrays) and
 * `observations` (one object per month), with nothing else in the query, to measure what shape costs.
 */
export function buildShapeTargets(apiUrl: string, priorityNumber: number): Target[] {
  const shape = (question: string, query: string, key: "series" | "observations"): Target => ({
    server: "our API (cache off)",
    question: question as Target["question"],
    url: `${apiUrl}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables: { number: priorityNumber } }),
    count: (data) => countMetrics(data, key),
  });
  return [
    shape("series (arrays)", graphqlDocuments.ourSeriesShape, "series"),
    shape("observations (objects)", graphqlDocuments.ourObservationsShape, "observations"),
  ];
}

interface ShapeData {
  priority?: { scorecards?: { sections?: { metrics?: Record<string, unknown>[] }[] }[] };
}

function countMetrics(data: unknown, key: "series" | "observations"): AnswerCount {
  const metrics = ((data as ShapeData).priority?.scorecards ?? []).flatMap((card) =>
    (card.sections ?? []).flatMap((section) => section.metrics ?? []),
  );
  const valuesOf = (metric: Record<string, unknown>) =>
    key === "series"
      ? ((metric.series as { values?: unknown[] })?.values ?? [])
      : ((metric.observations as unknown[]) ?? []);
  return { items: metrics.length, values: metrics.reduce((sum, metric) => sum + valuesOf(metric).length, 0) };
}
