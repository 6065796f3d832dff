import type { ApolloClient, OperationVariables, TypedDocumentNode } from "@apollo/client";
import type { Params, RouteObject } from "react-router";
import { BenchmarksQuery } from "../features/benchmarking/useBenchmarks";
import { MetricQuery } from "../features/metric/useMetric";
import { OverviewQuery } from "../features/overview/useOverview";
import { PriorityQuery } from "../features/priority/usePriority";
import { OverviewRoute } from "../routes/OverviewRoute";
import { RootRoute } from "../routes/RootRoute";
import { RouteError } from "../routes/RouteError";
import { LoadingState } from "../ui/LoadingState";
import { periodFromRequest } from "./periodFromRequest";
import type { RouteHandle } from "./RouteHandle";
import { startPreload } from "./startPreload";

// The overview is in the first bundle; every other view is a lazy chunk so the first view stays small
// and Recharts (metric and benchmarking charts only) never loads until it is needed. The drill-down
// queries' documents (about 2 KB gzipped) are in the first bundle so a loader can send its query at once,
// while the route's chunk downloads, instead of after fetching a chunk just to learn the query.
// The same routes render on the server (src/entry-server.tsx) with a client per request; `handle.ssr`
// marks the read-only views the server renders with their data (the first view of a shared link).
/** A route the server renders with its data (see RouteHandle), titled with fixed words or from its URL. */
const ssr = (title: RouteHandle["title"]): RouteHandle => ({ ssr: true, title });
/** A route rendered in the browser only, with its title. */
const titled = (page: string): RouteHandle => ({ title: () => page });
const metricTitle = (params: Params, describe: (name: string | null) => string) => ({
  entity: { __typename: "Metric" as const, id: params.id ?? "" },
  describe,
});

/** Shown while a view the server did not render (sign-in, editing, presentation) loads its code. */
function StartingUp() {
  return (
    <main className="mx-auto max-w-screen-2xl px-4 py-6">
      <LoadingState what="the page" />
    </main>
  );
}

export function createRoutes(apolloClient: ApolloClient): RouteObject[] {
  /** A loader that starts the view's query (see startPreload) with variables from the URL. */
  const preload =
    <TData, TVariables extends OperationVariables>(
      query: TypedDocumentNode<TData, TVariables>,
      variablesFor: (params: Params, period: string | undefined) => TVariables,
    ) =>
    ({ params, request }: { params: Params; request: Request }) =>
      startPreload(() =>
        apolloClient.query({
          query,
          variables: variablesFor(params, periodFromRequest(request)),
        }),
      );

  return [
    {
      path: "/",
      Component: RootRoute,
      ErrorBoundary: RouteError,
      HydrateFallback: StartingUp,
      children: [
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
            describe: (title) =>
              title ? `Priority ${params.number}: ${title}` : `Priority ${params.number}`,
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
          handle: ssr((params) =>
            metricTitle(params, (name) => (name ? `Benchmarks: ${name}` : "Benchmarks")),
          ),
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
          path: "governance",
          handle: ssr(() => "Governance and decision making"),
          lazy: async () => ({ Component: (await import("../routes/GovernanceRoute")).GovernanceRoute }),
        },
        {
          path: "sign-in",
          handle: titled("Sign in"),
          lazy: async () => ({ Component: (await import("../features/auth/SignInPage")).SignInPage }),
        },
        {
          path: "activity",
          handle: titled("Recent changes"),
          lazy: async () => ({ Component: (await import("../features/history/ActivityPage")).ActivityPage }),
        },
        {
          path: "data/import",
          handle: titled("Monthly data load"),
          lazy: async () => ({ Component: (await import("../routes/ImportRoute")).ImportRoute }),
        },
        {
          path: "admin/users",
          handle: titled("Users and roles"),
          lazy: async () => ({ Component: (await import("../features/admin/UsersPage")).UsersPage }),
        },
        {
          path: "*",
          handle: titled("Page not found"),
          lazy: async () => ({ Component: (await import("../routes/NotFoundRoute")).NotFoundRoute }),
        },
      ],
    },
    {
      // Presentation mode has its own full-screen layout, without the site header.
      path: "/present/:slide?",
      handle: {
        title: (params) => (params.slide ? `Presentation, slide ${params.slide}` : "Presentation"),
      } satisfies RouteHandle,
      ErrorBoundary: RouteError,
      HydrateFallback: StartingUp,
      lazy: async () => ({ Component: (await import("../routes/PresentRoute")).PresentRoute }),
    },
  ];
}
