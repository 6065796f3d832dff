import { Router } from "express";
import { IMPORT_LIMITS } from "../services/imports/importLimits.ts";
import { exportRoutes } from "./exportRoutes.ts";
import { importRoutes } from "./importRoutes.ts";
import type { RestDeps } from "./restDeps.ts";

/**
 * The REST routes for files (monthly data load, templates, exports), to mount at /api after
 * the session middleware: `app.use("/api", createRestRouter({ repos }))`.
 */
export function createRestRouter(deps: RestDeps): Router {
  const resolved: Required<RestDeps> = {
    repos: deps.repos,
    now: deps.now ?? (() => new Date()),
    maxUploadBytes: deps.maxUploadBytes ?? IMPORT_LIMITS.fileBytes,
  };
  const router = Router();
  router.use(importRoutes(resolved));
  router.use(exportRoutes(resolved));
  return router;
}
