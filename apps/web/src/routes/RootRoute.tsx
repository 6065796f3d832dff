import { useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { DocumentTitle } from "../app/DocumentTitle";

/**
 * Moves focus to the main landmark on navigation so screen-reader users hear the new page. Not on the
 * first page load: the browser starts there at the top (the first Tab reaches the skip link), and the page
 * does not jump past its header while it is being read.
 */
export function RootRoute() {
  const { pathname } = useLocation();
  const focusedFor = useRef(pathname);
  useEffect(() => {
    if (focusedFor.current === pathname) return;
    focusedFor.current = pathname;
    document.getElementById("main")?.focus({ preventScroll: false });
  }, [pathname]);
  return (
    <>
      <DocumentTitle />
      <Outlet />
    </>
  );
}
