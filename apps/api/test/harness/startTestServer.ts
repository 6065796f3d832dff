import { hashPassword } from "../../src/auth/password.ts";
import { loadConfig } from "../../src/config.ts";
import type { Role } from "../../src/context.ts";
import type { Database } from "../../src/data/db.ts";
import { findUserForSignIn } from "../../src/data/users/userQueries.ts";
import { insertUser } from "../../src/data/users/userWrites.ts";
import { createLogger } from "../../src/server/logger.ts";
import { type App, startApp } from "../../src/server/startApp.ts";
import { signInCookie } from "./signInCookie.ts";
import { createTestDatabase } from "./testDatabase.ts";

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
  headers: Headers;
}

export interface TestServer {
  url: string;
  db: Database;
  app: App;
  /** POST /graphql as the web app would (JSON body, so CSRF prevention lets it through). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string | null },
  ): Promise<GraphqlResponse<T>>;
  /** A session cookie ("pcc_session=…") for a non-demo user of that role; cached per role. */
  signInAs(role: Role): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Extra environment, e.g. { NODE_ENV: "production" }. */
  env?: Record<string, string>;
  /** A PostgreSQL server to create the test database on (default: DATABASE_URL, else PGlite). */
  databaseServerUrl?: string;
  /**
   * "empty" starts as a new production install does: migrations only, no demo report, no demo
   * accounts (DEMO_DATA=off). Default "demo": the March – May 23 report, as `pnpm start`.
   */
  start?: "demo" | "empty";
}

/** The password of the harness's own users (`viewer@harness.test`, …). */
export const HARNESS_PASSWORD = "harness-password-0001";

/**
 * Boots the real HTTP server on a free port against a fresh database (migrated and seeded, unless
 * `start: "empty"`), exactly as `pnpm start` does. Each test file gets its own server, so files run in parallel.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const target = await createTestDatabase(options.databaseServerUrl ?? process.env.DATABASE_URL);
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    PGLITE_DATA_DIR: "memory://",
    DATABASE_URL: target.url,
    DEMO_DATA: options.start === "empty" ? "off" : "on",
    ...options.env,
  });
  let app: App;
  try {
    app = await startApp(config, createLogger(config.LOG_LEVEL));
  } catch (error) {
    await target.drop();
    throw error;
  }
  const url = app.server.url;
  const cookies = new Map<Role, Promise<string>>();

  async function graphql<T>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { cookie?: string | null },
  ) {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(opts?.cookie ? { cookie: opts.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    return { status: response.status, headers: response.headers, ...body };
  }

  // The promise is kept, not the cookie, so builders asking at the same moment create the user once.
  function signInAs(role: Role): Promise<string> {
    let cookie = cookies.get(role);
    if (!cookie) {
      cookie = signInAsNewSession(role);
      cookies.set(role, cookie);
      cookie.catch(() => cookies.delete(role));
    }
    return cookie;
  }

  async function signInAsNewSession(role: Role): Promise<string> {
    const email = `${role.toLowerCase()}@harness.test`;
    if (!(await findUserForSignIn(app.db, email))) {
      const passwordHash = await hashPassword(HARNESS_PASSWORD);
      await insertUser(
        app.db,
        { email, name: `Harness ${role.toLowerCase()}`, role, passwordHash },
        { actor: null, requestId: null },
      );
    }
    return signInCookie({ graphql }, email, HARNESS_PASSWORD);
  }

  return {
    url,
    db: app.db,
    app,
    graphql,
    signInAs,
    async close() {
      try {
        await app.close();
      } finally {
        await target.drop();
      }
    },
  };
}
