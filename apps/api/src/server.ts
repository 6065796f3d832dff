import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Config } from "./config.ts";
import type { Repositories } from "./context.ts";
import { apiRoutes } from "./server/apiRoutes.ts";
import { buildContext } from "./server/buildContext.ts";
import { createGraphqlServer } from "./server/graphqlServer.ts";
import { healthRoutes } from "./server/healthRoutes.ts";
import { limitConcurrency } from "./server/limitConcurrency.ts";
import type { Logger } from "./server/logger.ts";
import { requestLog } from "./server/requestLog.ts";
import { securityHeaders } from "./server/securityHeaders.ts";
import { sessionMiddleware } from "./server/sessionMiddleware.ts";
import { shedLoad } from "./server/shedLoad.ts";
import { createSignInPolicy } from "./server/signInPolicy.ts";
import { staticWeb } from "./server/staticWeb.ts";

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then stops Apollo. */
  close(graceMs?: number): Promise<void>;
}

export type ServerConfig = Pick<
  Config,
  | "PORT"
  | "HOST"
  | "isProduction"
  | "SESSION_TTL_HOURS"
  | "WEB_DIST"
  | "RESPONSE_CACHE"
  | "TRUST_PROXY"
  | "QUERY_TIMEOUT_MS"
  | "MEMORY_LIMIT_MB"
>;

/** One process, one port: the web app, POST /graphql, /api/* and the health probes. */
export async function startServer(
  config: ServerConfig,
  repos: Repositories,
  logger: Logger,
): Promise<RunningServer> {
  let isShuttingDown = false;
  const apollo = createGraphqlServer(config.isProduction, logger, {
    responseCache: config.RESPONSE_CACHE === "on",
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });
  await apollo.start();
  const auth = createSignInPolicy(repos, config.isProduction);

  const app = express();
  app.disable("x-powered-by");
  // req.ip (and so the sign-in limit's client key) comes from X-Forwarded-For only when the hop that
  // wrote it is a proxy the operator named: trusting any address would let a client pick its own.
  app.set("trust proxy", config.TRUST_PROXY);
  app.use(requestLog(logger));
  app.use(securityHeaders(config.isProduction));
  // Board members read on tablets over poor Wi-Fi: gzip cuts the JavaScript and the GraphQL answers
  // (series arrays compress well) to a fraction. Clients that send no Accept-Encoding get plain bodies.
  app.use(compression({ threshold: 1024 }));
  app.use(healthRoutes(repos, () => isShuttingDown));
  // After the probes, so /healthz answers while memory is short and nothing restarts a busy process.
  const memoryGuard = shedLoad(logger, { memoryLimitMb: config.MEMORY_LIMIT_MB });
  app.use(memoryGuard);
  app.use(express.json({ limit: "1mb" }));
  // Fewer operations at once than pool connections, so a burst waits here, not for the pool. File
  // exports take their place in the same limit: an .xlsx of a section is seconds of database and CPU
  // work, and ten at once used to starve every reader (and the health probe).
  const apiLimit = limitConcurrency(8, 5000);
  app.use("/graphql", apiLimit);
  // Exports are heavy and rarely wanted at once: two build at a time and a few wait; past that they
  // are refused at once with 503 + Retry-After rather than queue behind each other for minutes.
  app.use("/api/exports", limitConcurrency(2, 16), apiLimit);
  app.use(sessionMiddleware(repos, config.isProduction));
  app.use("/api", apiRoutes(repos));
  app.use(
    "/graphql",
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        buildContext({ repos, auth, sessionTtlHours: config.SESSION_TTL_HOURS }, req, res),
    }),
  );
  app.use(staticWeb(config.WEB_DIST));
  app.use(errorHandler(logger));

  const httpServer = createHttpServer(app);
  // Slow-loris and stuck clients must not hold the process open forever.
  httpServer.requestTimeout = 30_000;
  httpServer.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.PORT, config.HOST, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
  return {
    url: `http://${host}:${port}`,
    port,
    httpServer,
    async close(graceMs = 10_000) {
      isShuttingDown = true;
      memoryGuard.stop();
      await closeHttp(httpServer, graceMs);
      await apollo.stop();
    },
  };
}

function closeHttp(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    // Keep-alive sockets with no request in flight would otherwise hold close() open.
    server.closeIdleConnections();
  });
}

// Bad JSON bodies, oversized bodies and anything that escapes a route: a 4xx/5xx JSON answer, never a crash.
function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = Number((error as { status?: number }).status ?? 500);
    if (status >= 500) logger.error({ requestId: req.requestId, err: error }, "unhandled request error");
    if (res.headersSent) return;
    const message = status < 500 ? "Bad request" : "Internal server error";
    res.status(status >= 400 && status < 600 ? status : 500).json({
      errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }],
    });
  };
}
