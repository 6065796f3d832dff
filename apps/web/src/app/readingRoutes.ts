import type { Params, RouteObject } from "react-router";
import { BenchmarksQuery } from "../features/benchmarking/useBenchmarks";
import { MetricQuery } from "../features/metric/useMetric";
import { OverviewQuery } from "../features/overview/useOverview";
import { PriorityQuery } from "../features/priority/usePriority";
import { OverviewRoute } from "../routes/OverviewRoute";
import type { Preload } from "./createPreloader";
import type { RouteHandle } from "./RouteHandle";

/** A route the server renders with its data (see RouteHandle), titled with fixed words or from its URL. */
const ssr = (title: RouteHandle["title"]): RouteHandle => ({ ssr: true, title });
const metricTitle = (params: Params, describe: (name: string | null) => string) => ({
  entity: { __typename: "Metric" as const, id: params.id ?? "" },
  describe,
});

/**
 * The read-only views, which the server renders with their data (the first view of a shared link). The
 * drill-downs' loaders send their query while the route's chunk downloads.
 */
export function readingRoutes(preload: Preload): RouteObject[] {
  return [
    {
      index: true,
      handle: ssr(() => "Overview"),
      // Sent before the app's first render, so the page's own query reaches the API ahead of the
      // glossary, viewer and period-picker queries that the layout starts.
      loader: preload(OverviewQuery, (_params, period) => ({ period })),
      Component: OverviewRoute,
    },
    {
      path: "priorities/:number",
      handle: ssr((params) => ({
        entity: { __typename: "Priority", number: Number(params.number) },
        describe: (title) => (title ? `Priority ${params.number}: ${title}` : `Priority ${params.number}`),
      })),
      loader: preload(PriorityQuery, (params, period) => ({ number: Number(params.number), period })),
      lazy: async () => ({ Component: (await import("../routes/PriorityRoute")).PriorityRoute }),
    },
    {
      path: "metrics/:id",
      handle: ssr((params) => metricTitle(params, (name) => name ?? "Metric")),
      loader: preload(MetricQuery, (params, period) => ({ id: params.id ?? "", period })),
      lazy: async () => ({ Component: (await import("../routes/MetricRoute")).MetricRoute }),
    },
    {
      path: "metrics/:id/benchmarks",
      handle: ssr((params) => metricTitle(params, (name) => (name ? `Benchmarks: ${name}` : "Benchmarks"))),
      loader: preload(BenchmarksQuery, (params, period) => ({ id: params.id ?? "", period })),
      lazy: async () => ({ Component: (await import("../routes/BenchmarkRoute")).BenchmarkRoute }),
    },
    {
      path: "cjs",
      handle: ssr(() => "Criminal justice scorecards"),
      lazy: async () => ({ Component: (await import("../routes/CjsRoute")).CjsRoute }),
    },
    {
      path: "glossary",
      handle: ssr(() => "Glossary"),
      lazy: async () => ({ Component: (await import("../routes/GlossaryRoute")).GlossaryRoute }),
    },
    {
      path: "changes",
      handle: ssr(() => "What changed"),
      lazy: async () => ({ Component: (await import("../routes/QuarterChangesRoute")).QuarterChangesRoute }),
    },
    {
      path: "governance",
      handle: ssr(() => "Governance and decision making"),
      lazy: async () => ({ Component: (await import("../routes/GovernanceRoute")).GovernanceRoute }),
    },
  ];
}
