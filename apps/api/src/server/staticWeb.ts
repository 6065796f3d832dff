import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";

const MISSING_BUILD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pcc-scorecard</title></head>
<body><main><h1>The web app is not built yet</h1><p>Run <code>pnpm build</code> (or <code>pnpm start</code>, which builds first), then reload.
The API is running: POST /graphql.</p></main></body></html>`;

/** Serves the built web app, with index.html for any other GET so client-side routes load. */
export function staticWeb(distDir: string): Router {
  const router = express.Router();
  const indexHtml = join(distDir, "index.html");
  // Vite names every asset by its content hash, so a cached asset can never be stale.
  router.use(
    "/assets",
    express.static(join(distDir, "assets"), { index: false, maxAge: "1y", immutable: true }),
  );
  router.use(express.static(distDir, { index: false, maxAge: "1h" }));
  router.get(/.*/, (req, res, next) => {
    if (req.path.startsWith("/graphql") || req.path.startsWith("/api/")) return next();
    if (!existsSync(indexHtml)) {
      res.status(200).type("html").send(MISSING_BUILD);
      return;
    }
    res.sendFile(indexHtml, { headers: { "Cache-Control": "no-cache" } });
  });
  return router;
}
