import { Router } from "express";
import type { Repositories } from "../context.ts";
import { checkHealth } from "../services/health/checkHealth.ts";

/** `/healthz`: the process answers (liveness). `/readyz`: the database answers too (readiness). */
export function healthRoutes(repos: Repositories, isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  router.get("/readyz", async (_req, res) => {
    const health = isShuttingDown()
      ? { ok: false, database: false, databaseKind: repos.database.kind }
      : await checkHealth({ repos });
    res.status(health.ok ? 200 : 503).json(health);
  });
  return router;
}
