import type { Router } from "express";
import type { Database } from "../data/db.ts";
import { createRestRouter } from "../rest/router.ts";

/**
 * REST routes under /api (CSV/xlsx import and export). Mounted after the session middleware,
 * so handlers see `req.viewer` and `req.requestId`.
 */
export function apiRoutes(db: Database): Router {
  return createRestRouter({ db });
}
