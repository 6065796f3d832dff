import { Router } from "express";
import type { Database } from "../data/db.ts";

/** `/healthz`: the process answers (liveness). `/readyz`: the database answers too (readiness). */
export function healthRoutes(db: Database, isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  router.get("/readyz", async (_req, res) => {
    const database = !isShuttingDown() && (await db.ping());
    res.status(database ? 200 : 503).json({ ok: database, database, databaseKind: db.kind });
  });
  return router;
}
