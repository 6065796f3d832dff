import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";

/** Prisma's own lock id, so `prisma migrate deploy` and this applier never run at once. */
const PRISMA_ADVISORY_LOCK = 72707369;

export const MIGRATIONS_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../prisma/migrations",
);

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/**
 * Applies prisma/migrations/* in name order, each in its own transaction, and records each in
 * Prisma's `_prisma_migrations` table exactly as Prisma does, so `prisma migrate status` agrees.
 * Prisma's migrate commands need an engine binary these machines cannot download
 * (docs/decisions/0002-offline-toolchain.md). Returns the names it applied.
 */
export function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  // PGlite is one backend session shared by every socket connection, so its advisory lock cannot
  // exclude a second applier in the same process: queue them here as well.
  const run = inProcess.then(() => migrateLocked(pool, dir));
  inProcess = run.catch(() => {});
  return run;
}

let inProcess: Promise<unknown> = Promise.resolve();

async function migrateLocked(pool: pg.Pool, dir: string): Promise<string[]> {
  const files = readMigrations(dir);
  const client = await pool.connect();
  // A failed migration may leave the connection unusable (on PGlite an error can end it): then it
  // is discarded, not returned to the pool, and a dead connection also drops its advisory lock.
  let isBroken = false;
  try {
    await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
    try {
      return await applyPending(client, pool, files);
    } catch (error) {
      isBroken = true;
      throw error;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`).catch(() => {
        isBroken = true;
      });
    }
  } finally {
    client.release(isBroken);
  }
}

async function applyPending(client: pg.PoolClient, pool: pg.Pool, files: MigrationFile[]): Promise<string[]> {
  await ensureBookkeeping(client);
  const applied: string[] = [];
  const rows = await recordedMigrations(client);
  for (const file of files) {
    const row = rows.get(file.name);
    if (row?.finished) continue;
    if (row) {
      throw new Error(
        `Migration ${file.name} failed earlier and is marked failed in _prisma_migrations; fix the database by hand, then delete that row.`,
      );
    }
    await applyOne(client, pool, file);
    applied.push(file.name);
  }
  return applied;
}

function readMigrations(dir: string): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// The table Prisma itself creates (same columns and types).
async function ensureBookkeeping(client: pg.PoolClient): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

async function recordedMigrations(client: pg.PoolClient): Promise<Map<string, { finished: boolean }>> {
  const result = await client.query<{ migration_name: string; finished_at: Date | null }>(
    `SELECT migration_name, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  return new Map(result.rows.map((r) => [r.migration_name, { finished: r.finished_at !== null }]));
}

async function applyOne(client: pg.PoolClient, pool: pg.Pool, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), 0)`,
    [id, file.checksum, file.name],
  );
  try {
    await client.query("BEGIN");
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    // The failed row stays (outside the rolled-back transaction) so nobody runs over it blindly.
    const recordFailure = `UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`;
    await client
      .query(recordFailure, [id, String(error)])
      .catch(() => pool.query(recordFailure, [id, String(error)]))
      .catch(() => {});
    throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`);
  }
}
