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

// PGlite is one backend. Its socket server queues protocol messages from all connections into it
// one message at a time, so two connections using the extended protocol interleave their
// Parse/Bind/Execute and fail ("bind message supplies N parameters, but prepared statement
// requires M"). One connection keeps every statement whole; requests queue in the pool instead.
const PGLITE_CONNECTIONS = 1;
// The socket server frees a slot only after a closed socket's handler detaches; a replacement
// connection that arrives first is refused ("Connection terminated unexpectedly"). Spare slots let
// the pool reconnect at once after a connection dies (e.g. after an exception raised by a trigger).
const PGLITE_SOCKET_SLOTS = 4;
// With one connection a request may wait behind others (an import's transaction), not only for a
// database that is down, so PGlite's pool waits longer than PostgreSQL's.
const PGLITE_QUEUE_WAIT_MS = 20_000;

export type DatabaseSettings = Pick<Config, "DATABASE_URL" | "PGLITE_DATA_DIR">;

/** Opens PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite served on a loopback port. */
export async function openDatabase(config: DatabaseSettings): Promise<Database> {
  if (config.DATABASE_URL) return wrap("postgres", createPool(config.DATABASE_URL, 10, 3000), async () => {});
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
    maxConnections: PGLITE_SOCKET_SLOTS,
  });
  await server.start();
  // No getter for the bound port, but getServerConn() reports "host:port" after listening.
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return wrap("pglite", createPool(url, PGLITE_CONNECTIONS, PGLITE_QUEUE_WAIT_MS), async () => {
    await server.stop();
    await pglite.close();
  });
}

function createPool(connectionString: string, max: number, connectionTimeoutMillis: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis,
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
