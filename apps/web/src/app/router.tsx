import { createBrowserRouter } from "react-router";
import { OverviewRoute } from "../routes/OverviewRoute";
import { RootRoute } from "../routes/RootRoute";
import { RouteError } from "../routes/RouteError";
import { apolloClient } from "./apolloClient";
import { periodFromRequest } from "./periodFromRequest";
import { startPreload } from "./startPreload";

// The overview is in the first bundle; every other view is a lazy chunk so the first view stays small
// and Recharts (metric and benchmarking charts only) never loads until it is needed.
export const router = createBrowserRouter([
  {
    path: "/",
    Component: RootRoute,
    ErrorBoundary: RouteError,
    children: [
      { index: true, Component: OverviewRoute },
      {
        path: "priorities/:number",
        loader: ({ params, request }) =>
          startPreload(async () => {
            const { PriorityQuery } = await import("../features/priority/usePriority");
            const variables = { number: Number(params.number), period: periodFromRequest(request) };
            await apolloClient.query({ query: PriorityQuery, variables });
          }),
        lazy: async () => ({ Component: (await import("../routes/PriorityRoute")).PriorityRoute }),
      },
      {
        path: "metrics/:id",
        loader: ({ params, request }) =>
          startPreload(async () => {
            const { MetricQuery } = await import("../features/metric/useMetric");
            const variables = { id: params.id ?? "", period: periodFromRequest(request) };
            await apolloClient.query({ query: MetricQuery, variables });
          }),
        lazy: async () => ({ Component: (await import("../routes/MetricRoute")).MetricRoute }),
      },
      {
        path: "metrics/:id/benchmarks",
        loader: ({ params, request }) =>
          startPreload(async () => {
            const { BenchmarksQuery } = await import("../features/benchmarking/useBenchmarks");
            const variables = { id: params.id ?? "", period: periodFromRequest(request) };
            await apolloClient.query({ query: BenchmarksQuery, variables });
          }),
        lazy: async () => ({ Component: (await import("../routes/BenchmarkRoute")).BenchmarkRoute }),
      },
      { path: "cjs", lazy: async () => ({ Component: (await import("../routes/CjsRoute")).CjsRoute }) },
      {
        path: "glossary",
        lazy: async () => ({ Component: (await import("../routes/GlossaryRoute")).GlossaryRoute }),
      },
      {
        path: "governance",
        lazy: async () => ({ Component: (await import("../routes/GovernanceRoute")).GovernanceRoute }),
      },
      {
        path: "sign-in",
        lazy: async () => ({ Component: (await import("../features/auth/SignInPage")).SignInPage }),
      },
      {
        path: "activity",
        lazy: async () => ({ Component: (await import("../features/history/ActivityPage")).ActivityPage }),
      },
      {
        path: "data/import",
        lazy: async () => ({ Component: (await import("../routes/ImportRoute")).ImportRoute }),
      },
      {
        path: "admin/users",
        lazy: async () => ({ Component: (await import("../features/admin/UsersPage")).UsersPage }),
      },
      {
        path: "*",
        lazy: async () => ({ Component: (await import("../routes/NotFoundRoute")).NotFoundRoute }),
      },
    ],
  },
  {
    // Presentation mode has its own full-screen layout, without the site header.
    path: "/present/:slide?",
    ErrorBoundary: RouteError,
    lazy: async () => ({ Component: (await import("../routes/PresentRoute")).PresentRoute }),
  },
]);
