import { graphqlDocuments } from "./graphqlDocuments.ts";
import type { AnswerCount, BenchInputs, Target } from "./types.ts";

export interface ServerUrls {
  api: string;
  /** The same API with RESPONSE_CACHE=off: every request executed (decision 0009). */
  apiUncached: string;
  postgraphile: string;
  floor: string;
}

// Apollo's CSRF prevention lets a POST through only with a JSON content type; every server gets the same.
const json = { "content-type": "application/json", accept: "application/json" };

/** The two questions asked of each server, with how to count what came back. */
export function buildTargets(urls: ServerUrls, inputs: BenchInputs): Target[] {
  const graphql = (url: string, query: string, variables: object) => ({
    url: `${url}/graphql`,
    method: "POST" as const,
    headers: json,
    body: JSON.stringify({ query, variables }),
  });
  const number = inputs.priorityNumber;
  return [
    {
      server: "our API",
      question: "dashboard",
      ...graphql(urls.api, graphqlDocuments.ourDashboard, { number }),
      count: (data) =>
        countScorecards(field(data, "priority", "scorecards"), (m) => field(m, "series", "values")),
    },
    {
      server: "our API (cache off)",
      question: "dashboard",
      ...graphql(urls.apiUncached, graphqlDocuments.ourDashboard, { number }),
      count: (data) =>
        countScorecards(field(data, "priority", "scorecards"), (m) => field(m, "series", "values")),
    },
    {
      server: "PostGraphile 5",
      question: "dashboard",
      ...graphql(urls.postgraphile, graphqlDocuments.postgraphileDashboard, {
        number,
        areaId: inputs.areaId,
      }),
      count: (data) => countPostgraphileScorecards(data),
    },
    {
      server: "floor",
      question: "dashboard",
      url: `${urls.floor}/dashboard?priority=${number}`,
      method: "GET",
      headers: json,
      count: (data) =>
        countScorecards(field(data, "priority", "scorecards"), (m) => field(m, "series", "values")),
    },
    {
      server: "our API",
      question: "drill-down",
      ...graphql(urls.api, graphqlDocuments.ourDrillDown, { id: inputs.metricId }),
      count: (data) =>
        countDrillDown(field(data, "metric", "observations"), field(data, "metric", "benchmarks")),
    },
    {
      server: "our API (cache off)",
      question: "drill-down",
      ...graphql(urls.apiUncached, graphqlDocuments.ourDrillDown, { id: inputs.metricId }),
      count: (data) =>
        countDrillDown(field(data, "metric", "observations"), field(data, "metric", "benchmarks")),
    },
    {
      server: "PostGraphile 5",
      question: "drill-down",
      ...graphql(urls.postgraphile, graphqlDocuments.postgraphileDrillDown, { id: inputs.metricId }),
      count: (data) =>
        countDrillDown(
          field(data, "metric", "observations", "nodes"),
          field(data, "metric", "benchmarks", "nodes"),
        ),
    },
    {
      server: "floor",
      question: "drill-down",
      url: `${urls.floor}/metric?id=${encodeURIComponent(inputs.metricId)}`,
      method: "GET",
      headers: json,
      count: (data) =>
        countDrillDown(field(data, "metric", "observations"), field(data, "metric", "benchmarks")),
    },
  ];
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string, unknown> | null | undefined)?.[key];
  return current;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function countScorecards(scorecards: unknown, valuesOf: (metric: unknown) => unknown): AnswerCount {
  const metrics = list(scorecards).flatMap((card) =>
    list(field(card, "sections")).flatMap((section) => list(field(section, "metrics"))),
  );
  return {
    items: metrics.length,
    values: metrics.reduce<number>((sum, m) => sum + list(valuesOf(m)).length, 0),
  };
}

function countPostgraphileScorecards(data: unknown): AnswerCount {
  const priority = list(field(data, "priorities", "nodes"))[0];
  const metrics = list(field(priority, "scorecards", "nodes")).flatMap((card) =>
    list(field(card, "scorecardSections", "nodes")).flatMap((section) =>
      list(field(section, "sectionMetricsBySectionId", "nodes")).map((link) => field(link, "metric")),
    ),
  );
  const values = metrics.reduce<number>((sum, m) => sum + list(field(m, "observations", "nodes")).length, 0);
  return { items: metrics.length, values };
}

function countDrillDown(observations: unknown, benchmarks: unknown): AnswerCount {
  return { items: list(observations).length, values: list(benchmarks).length };
}
