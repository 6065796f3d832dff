import type { Router } from "express";
import type { Repositories } from "../context.ts";
import { createRestRouter } from "../rest/router.ts";

/**
 * REST routes under /api (CSV/xlsx import and export). Mounted after the session middleware,
 * so handlers see `req.viewer` and `req.requestId`.
 */
export function apiRoutes(repos: Repositories): Router {
  return createRestRouter({ repos });
}
