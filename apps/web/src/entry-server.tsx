// The server renderer: built by `vite build --ssr` into dist/server/entry-server.js and loaded by the API
// at run time (apps/api/src/server/renderPage.ts), which never imports web source. The first view of a
// shared link then arrives as HTML with its data, painted before any JavaScript runs (a quick largest contentful paint).
import { prerenderStatic } from "@apollo/client/react/ssr";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { App } from "./app/App";
import { createApolloClient } from "./app/createApolloClient";
import { createRoutes } from "./app/createRoutes";
import type { RouteHandle } from "./app/RouteHandle";
import { SERVER_STATE_ID, type ServerState } from "./app/ServerState";

export interface RenderRequest {
  /** The page's absolute URL, e.g. http://localhost:4000/priorities/1?period=2023-Q-MAR-MAY */
  url: string;
  /** POST /graphql for this reader: the API's own endpoint, with the reader's session cookie. */
  fetchGraphql: typeof fetch;
  /** Stops waiting for data; the page is then served as the plain SPA shell. */
  signal?: AbortSignal;
}

export interface RenderedPage {
  status: number;
  /** Markup for inside #root. */
  html: string;
  /** A <script type="application/json"> for after #root: the data the browser hydrates from. */
  stateScript: string;
}

/**
 * Renders one page with its data, or returns null when the view is browser-only (see RouteHandle) or
 * the router answered with a redirect or an error: the caller then serves the plain index.html.
 */
export async function renderPage({ url, fetchGraphql, signal }: RenderRequest): Promise<RenderedPage | null> {
  // A failed query would be rendered as its error state, which the browser (whose cache lacks that
  // query) could not hydrate: such a page is left to the browser, which retries the query itself.
  let hasFailedQuery = false;
  const fetchChecked: typeof fetch = async (input, init) => {
    const response = await fetchGraphql(input, init);
    const body = response.ok
      ? await response
          .clone()
          .json()
          .catch(() => null)
      : null;
    if (!body || (Array.isArray(body.errors) && body.errors.length > 0)) hasFailedQuery = true;
    return response;
  };
  const client = createApolloClient({ fetch: fetchChecked, ssrMode: true });
  const handler = createStaticHandler(createRoutes(client));
  const context = await handler.query(new Request(url, { signal }));
  if (context instanceof Response || context.errors) return null;
  const leaf = context.matches.at(-1)?.route.handle as RouteHandle | undefined;
  if (!leaf?.ssr) return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  const { result, aborted } = await prerenderStatic({
    tree: (
      <StrictMode>
        <App client={client}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </App>
      </StrictMode>
    ),
    renderFunction: renderToString,
    signal,
  });
  if (aborted || hasFailedQuery) return null;
  const state: ServerState = {
    apollo: client.extract(),
    router: { loaderData: context.loaderData, actionData: context.actionData },
  };
  client.stop();
  return { status: context.statusCode, html: result, stateScript: stateScript(state) };
}

// JSON inside <script>: "<" escaped so no value can close the element (e.g. "</script>" in a commentary).
function stateScript(state: ServerState): string {
  const json = JSON.stringify(state).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${SERVER_STATE_ID}">${json}</script>`;
}
