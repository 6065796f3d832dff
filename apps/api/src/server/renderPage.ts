import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Request } from "express";

/**
 * The contract of the web app's server renderer, a build artifact (apps/web/dist/server/entry-server.js,
 * from apps/web/src/entry-server.tsx). Declared here rather than imported: the API never imports web source.
 */
interface WebRenderer {
  renderPage(request: {
    url: string;
    fetchGraphql: typeof fetch;
    signal?: AbortSignal;
  }): Promise<{ status: number; html: string; stateScript: string } | null>;
}

export interface RenderedHtml {
  status: number;
  html: string;
}

/** Longer than any read the pages make on a healthy server; past it the reader gets the SPA shell at once. */
const RENDER_TIMEOUT_MS = 5000;
const ROOT = '<div id="root"></div>';

/**
 * Server-side rendering of the web app's read-only views (docs/decisions/0008): the page's HTML with its
 * data, so a reader on a slow connection sees content before the JavaScript arrives. Returns null — serve
 * the plain index.html — when the renderer is not built, the view is browser-only, or rendering fails.
 *
 * The renderer asks for data through this server's own POST /graphql over loopback HTTP, with the
 * reader's session cookie: the same authorisation, limits, caching and error masking as the browser's
 * requests, with no coupling to how the GraphQL server is built.
 */
export function createPageRenderer(distDir: string, onError: (error: unknown, req: Request) => void) {
  const rendererPath = join(distDir, "server", "entry-server.js");
  const indexPath = join(distDir, "index.html");
  let renderer: Promise<WebRenderer | null> | undefined;
  let template: { mtimeMs: number; text: string } | undefined;

  function loadRenderer(): Promise<WebRenderer | null> {
    renderer ??= existsSync(rendererPath)
      ? (import(pathToFileURL(rendererPath).href) as Promise<WebRenderer>)
      : Promise.resolve(null);
    return renderer;
  }

  // Re-read when a new build replaces index.html, whose script names carry content hashes.
  function readTemplate(): string {
    const { mtimeMs } = statSync(indexPath);
    if (template?.mtimeMs !== mtimeMs) template = { mtimeMs, text: readFileSync(indexPath, "utf8") };
    return template.text;
  }

  return async function renderHtml(req: Request): Promise<RenderedHtml | null> {
    try {
      const web = await loadRenderer();
      const page = readTemplate();
      if (!web || !page.includes(ROOT)) return null;
      const signal = AbortSignal.timeout(RENDER_TIMEOUT_MS);
      const base = loopbackBase(req);
      const rendered = await web.renderPage({
        url: new URL(req.originalUrl, base).href,
        fetchGraphql: graphqlFetcher(base, req.headers.cookie, signal),
        signal,
      });
      if (!rendered) return null;
      // A function, not a string: "$&" or "$'" in a reader's text must not be read as a replacement pattern.
      const html = page.replace(ROOT, () => `<div id="root">${rendered.html}</div>${rendered.stateScript}`);
      return { status: rendered.status, html };
    } catch (error) {
      onError(error, req);
      return null;
    }
  };
}

/** This server as reached from inside: the address and port the reader's request arrived on. */
function loopbackBase(req: Request): string {
  const raw = req.socket.localAddress ?? "127.0.0.1";
  const address = raw.startsWith("::ffff:") ? raw.slice("::ffff:".length) : raw;
  const host = address.includes(":") ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}`;
}

/** fetch for the renderer's Apollo client: always this server's /graphql, as the reader. */
function graphqlFetcher(base: string, cookie: string | undefined, signal: AbortSignal): typeof fetch {
  return (_input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set("cookie", cookie);
    return fetch(new URL("/graphql", base), { ...init, headers, signal });
  };
}
