import { Router } from "express";
import type { Database } from "../data/db.ts";
import { createRestRouter } from "../rest/router.ts";

/**
 * Mount point for REST routes under /api (CSV/xlsx import and export). Add routers here;
 * each handler authenticates with `req.viewer` (set by the session middleware).
 */
export function apiRoutes(db: Database): Router {
  const router = Router();
  router.use(createRestRouter({ db }));
  return router;
}
