import { Router } from "express";
import type { Database } from "../data/db.ts";

/**
 * Mount point for REST routes under /api (CSV/xlsx import and export). Add routers here;
 * each handler authenticates with `req.viewer` (set by the session middleware).
 */
export function apiRoutes(_db: Database): Router {
  const router = Router();
  return router;
}
