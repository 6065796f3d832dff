import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Request, type Router } from "express";
import { createPageRenderer } from "./renderPage.ts";

const MISSING_BUILD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pcc-scorecard</title></head>
<body><main><h1>The web app is not built yet</h1><p>Run <code>pnpm build</code> (or <code>pnpm start</code>, which builds first), then reload.
The API is running: POST /graphql.</p></main></body></html>`;

export interface StaticWebOptions {
  /** Server rendering failed and the plain index.html was served instead. */
  onRenderError?: (error: unknown, req: Request) => void;
}

/**
 * Serves the built web app: hashed assets, then for any other GET the page itself — rendered on the
 * server with its data when the web app's renderer supports the view (see renderPage.ts), otherwise
 * index.html, whose JavaScript renders it in the browser.
 */
export function staticWeb(distDir: string, options: StaticWebOptions = {}): Router {
  const router = express.Router();
  const indexHtml = join(distDir, "index.html");
  const renderHtml = createPageRenderer(distDir, options.onRenderError ?? logRenderError);
  // Vite names every asset by its content hash, so a cached asset can never be stale.
  router.use(
    "/assets",
    express.static(join(distDir, "assets"), { index: false, maxAge: "1y", immutable: true }),
  );
  // dist/server holds the server renderer: code for this process, not for browsers.
  const serveDist = express.static(distDir, { index: false, maxAge: "1h" });
  router.use((req, res, next) => (req.path.startsWith("/server/") ? next() : serveDist(req, res, next)));
  router.get(/.*/, async (req, res, next) => {
    if (req.path.startsWith("/graphql") || req.path.startsWith("/api/")) return next();
    if (!existsSync(indexHtml)) {
      res.status(200).type("html").send(MISSING_BUILD);
      return;
    }
    // The page may carry the reader's own data (signed-in name, editing controls): never shared caches.
    res.setHeader("Vary", "Cookie");
    const rendered = req.method === "GET" && req.accepts("html") ? await renderHtml(req) : null;
    if (rendered) {
      res
        .status(rendered.status)
        .setHeader("Cache-Control", "private, no-cache")
        .type("html")
        .send(rendered.html);
      return;
    }
    res.sendFile(indexHtml, { headers: { "Cache-Control": "private, no-cache" } });
  });
  return router;
}

// One JSON line on stderr, like the app's logs; the reader still gets a working page.
function logRenderError(error: unknown, req: Request): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    JSON.stringify({
      level: 40,
      msg: "server rendering failed; served index.html",
      path: req.path,
      err: message,
    }),
  );
}
