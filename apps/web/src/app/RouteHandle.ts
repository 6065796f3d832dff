import type { Params } from "react-router";
import type { PageTitle } from "./PageTitle";

/**
 * What a route tells the rest of the app through its `handle`. `ssr`: the server renders this view with
 * its data into the first HTML (read-only views a meeting agenda links to). Views with forms, audit
 * times in the reader's time zone or network-only queries (sign-in, activity, import, admin,
 * presentation) are rendered in the browser only. `title`: the page's own document title (tabs,
 * history and screen readers announce it), from the URL's parameters; see DocumentTitle.
 */
export interface RouteHandle {
  ssr?: boolean;
  title?: (params: Params) => PageTitle;
}
