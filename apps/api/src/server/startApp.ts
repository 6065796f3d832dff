import { ensureDemoUsers } from "../auth/demoUsers.ts";
import type { Config } from "../config.ts";
import { type Database, openDatabase } from "../data/db.ts";
import { migrate } from "../data/migrate.ts";
import { createRepositories } from "../data/repositories/createRepositories.ts";
import type { Repositories } from "../data/repositories/Repositories.ts";
import { seedIfAvailable } from "../data/seedIfAvailable.ts";
import { type RunningServer, startServer } from "../server.ts";
import type { Logger } from "./logger.ts";

export interface App {
  db: Database;
  /** The repositories the server's requests use (built once from `db`). */
  repos: Repositories;
  server: RunningServer;
  /** Graceful: stop accepting, finish in-flight requests, then close the database. */
  close(): Promise<void>;
}

/**
 * The composition root: the one place that opens the database and builds the repositories from it.
 * Start-up order: database → migrations → seed (insert-only) → demo users → listen. The seed and the
 * demo users come only with DEMO_DATA=on (the default except in production, which starts empty).
 */
export async function startApp(config: Config, logger: Logger, existingDb?: Database): Promise<App> {
  const db = existingDb ?? (await openDatabase(config));
  try {
    const applied = await migrate(db.pool);
    logger.info({ applied, databaseKind: db.kind }, "migrations applied");
    if (config.DEMO_DATA === "on") {
      const seeded = await seedIfAvailable(db);
      logger.info(
        { created: seeded?.created ?? null },
        seeded ? "demo report seed checked" : "seeder not present; skipped",
      );
    } else {
      logger.info("DEMO_DATA=off: no demo report, no demo accounts");
    }
    const repos = createRepositories(db);
    await repos.sessions.deleteExpired(new Date());
    const demo = config.DEMO_DATA === "on" ? await ensureDemoUsers(repos, config.isProduction) : 0;
    if (demo > 0) logger.info({ created: demo }, "demo accounts created (local use only)");
    const server = await startServer(config, repos, logger);
    return {
      db,
      repos,
      server,
      async close() {
        await server.close();
        logger.info("http server closed");
        await db.close();
        logger.info("database closed");
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
