import { useEffect } from "react";
import { Outlet, useLocation } from "react-router";

/** Moves focus to the main landmark on navigation so screen-reader users hear the new page. */
export function RootRoute() {
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect must run on every change of page
  useEffect(() => {
    document.getElementById("main")?.focus({ preventScroll: false });
  }, [pathname]);
  return <Outlet />;
}
