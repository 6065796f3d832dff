import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./server/logger.ts";
import { startApp } from "./server/startApp.ts";

// Entry point: `pnpm start`. Exits 1 with one line per bad setting when the environment is wrong.
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, logger);
  logger.info(
    { url: app.server.url, databaseKind: app.db.kind, production: config.isProduction },
    `pcc-scorecard listening on ${app.server.url} (web app and /graphql)`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    await app.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  console.error("pcc-scorecard failed to start:", error);
  process.exit(1);
});
