import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Config } from "../config.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { countQueries } from "./queryCounter.ts";

/** The one database handle: PGlite or PostgreSQL, always behind the same pg pool and Prisma adapter. */
export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  pool: pg.Pool;
  /** True when a round trip succeeds within a second. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** SQL statements sent so far (monotonic; tests compare differences). */
  queryCount(): number;
}

// The socket server queues every statement through one PGlite instance, so a few connections are
// plenty; the pool must never open more than the server accepts (PLATFORM.md).
const PGLITE_CONNECTIONS = 8;

export type DatabaseSettings = Pick<Config, "DATABASE_URL" | "PGLITE_DATA_DIR">;

/** Opens PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite served on a loopback port. */
export async function openDatabase(config: DatabaseSettings): Promise<Database> {
  if (config.DATABASE_URL) return wrap("postgres", createPool(config.DATABASE_URL, 10), async () => {});
  return openPglite(config.PGLITE_DATA_DIR);
}

async function openPglite(dataDir: string): Promise<Database> {
  // PGlite creates its data folder but not the folders above it.
  if (!dataDir.startsWith("memory://")) mkdirSync(dirname(dataDir), { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: 0,
    maxConnections: PGLITE_CONNECTIONS,
  });
  await server.start();
  // No getter for the bound port, but getServerConn() reports "host:port" after listening.
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return wrap("pglite", createPool(url, PGLITE_CONNECTIONS), async () => {
    await server.stop();
    await pglite.close();
  });
}

function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30000,
  });
  // Without this listener an idle client's error (e.g. PostgreSQL restarting) crashes the process.
  pool.on("error", () => {});
  return pool;
}

function wrap(kind: Database["kind"], pool: pg.Pool, closeEngine: () => Promise<void>): Database {
  const queryCount = countQueries(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  let closed = false;
  return {
    prisma,
    kind,
    pool,
    queryCount,
    ping: () => ping(pool),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect().catch(() => {});
      await pool.end().catch(() => {});
      await closeEngine();
    },
  };
}

async function ping(pool: pg.Pool): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), 1000);
  });
  const probe = pool.query("SELECT 1").then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
