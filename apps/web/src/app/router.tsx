import { createBrowserRouter } from "react-router";
import { OverviewRoute } from "../routes/OverviewRoute";
import { RootRoute } from "../routes/RootRoute";
import { RouteError } from "../routes/RouteError";

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
        lazy: async () => ({ Component: (await import("../routes/PriorityRoute")).PriorityRoute }),
      },
      {
        path: "metrics/:id",
        lazy: async () => ({ Component: (await import("../routes/MetricRoute")).MetricRoute }),
      },
      {
        path: "metrics/:id/benchmarks",
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
