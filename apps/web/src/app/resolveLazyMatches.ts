import { matchRoutes, type RouteObject } from "react-router";

/**
 * Loads the code of the lazy routes matching the URL before hydrating, so the first browser render is
 * the tree the server rendered (react-router's documented step for hydrating lazy routes).
 */
export async function resolveLazyMatches(routes: RouteObject[], location: Location): Promise<void> {
  const matches = matchRoutes(routes, location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== "function") return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}
