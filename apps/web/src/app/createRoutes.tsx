import type { ApolloClient } from "@apollo/client";
import type { RouteObject } from "react-router";
import { SetUpGate } from "../features/setup/SetUpGate";
import { RootRoute } from "../routes/RootRoute";
import { RouteError } from "../routes/RouteError";
import { LoadingState } from "../ui/LoadingState";
import { browserOnlyRoutes } from "./browserOnlyRoutes";
import { createPreloader } from "./createPreloader";
import type { RouteHandle } from "./RouteHandle";
import { readingRoutes } from "./readingRoutes";

// The overview is in the first bundle; every other view is a lazy chunk so the first view stays small
// and Recharts (metric and benchmarking charts only) never loads until it is needed. The drill-down
// queries' documents (about 2 KB gzipped) are in the first bundle so a loader can send its query at once,
// while the route's chunk downloads, instead of after fetching a chunk just to learn the query.
// The same routes render on the server (src/entry-server.tsx) with a client per request; `handle.ssr`
// marks the read-only views the server renders with their data (the first view of a shared link).

/** Shown while a view the server did not render (sign-in, editing, presentation) loads its code. */
function StartingUp() {
  return (
    <main className="mx-auto max-w-screen-2xl px-4 py-6">
      <LoadingState what="the page" />
    </main>
  );
}

export function createRoutes(apolloClient: ApolloClient): RouteObject[] {
  return [
    {
      path: "/",
      Component: RootRoute,
      ErrorBoundary: RouteError,
      HydrateFallback: StartingUp,
      children: [
        // The gate shows readers "not set up yet" (and sends an admin to /setup) on a new install.
        { Component: SetUpGate, children: readingRoutes(createPreloader(apolloClient)) },
        ...browserOnlyRoutes,
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
