import type { RouteObject } from "react-router";
import type { RouteHandle } from "./RouteHandle";

/** A route rendered in the browser only, with its title. */
const titled = (page: string): RouteHandle => ({ title: () => page });

/** The views the server does not render: signing in, editing, administration, and "not found". */
export const browserOnlyRoutes: RouteObject[] = [
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
    path: "admin/metrics",
    handle: titled("Metric catalogue"),
    lazy: async () => ({ Component: (await import("../features/catalogue/CataloguePage")).CataloguePage }),
  },
  {
    path: "*",
    handle: titled("Page not found"),
    lazy: async () => ({ Component: (await import("../routes/NotFoundRoute")).NotFoundRoute }),
  },
];
