import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/data/db.ts";
import { MIGRATIONS_DIR, migrate } from "../../src/data/migrate.ts";
import { createTestDatabase, type TestDatabaseTarget } from "../harness/index.ts";

let target: TestDatabaseTarget;
let db: Database;
const migrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

beforeAll(async () => {
  target = await createTestDatabase();
  db = await openDatabase({ DATABASE_URL: target.url, PGLITE_DATA_DIR: "memory://" });
});
afterAll(async () => {
  await db?.close();
  await target?.drop();
});

describe("migration applier", () => {
  it("applies every migration in name order on an empty database", async () => {
    expect(await migrate(db.pool)).toEqual(migrationNames);
  });

  it("records each in _prisma_migrations as Prisma does (sha256 checksum, finished, 1 step)", async () => {
    const { rows } = await db.pool.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at
       FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = readFileSync(join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("is idempotent: a second run applies nothing and adds no rows", async () => {
    expect(await migrate(db.pool)).toEqual([]);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0].n).toBe(migrationNames.length);
  });

  it("created the schema: the audit log refuses UPDATE (append-only trigger)", async () => {
    // Its own connection, discarded afterwards: on PGlite an exception raised by a trigger ends the
    // socket connection (a pglite-socket quirk), and the pool must not hand that one out again.
    const client = await db.pool.connect();
    try {
      await client.query(
        `INSERT INTO "AuditEvent" ("actorEmail", action, "entityType", "entityId") VALUES ('t','t','t','1')`,
      );
      await expect(client.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/append-only/);
    } finally {
      client.release(true);
    }
  });

  it("rolls back a failing migration, keeps a failed row, and refuses to run over it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pcc-migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const broken = join(dir, "99990101000000_broken");
      mkdirSync(broken);
      writeFileSync(
        join(broken, "migration.sql"),
        `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";`,
      );
      await expect(migrate(db.pool, dir)).rejects.toThrow(/99990101000000_broken failed/);
      const half = await db.pool.query(`SELECT to_regclass('"Half"') AS t`);
      expect(half.rows[0].t).toBeNull();
      await expect(migrate(db.pool, dir)).rejects.toThrow(/marked failed/);
      // Once the row is removed by hand (after fixing the database), the applier proceeds.
      await db.pool.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`);
      writeFileSync(join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);`);
      expect(await migrate(db.pool, dir)).toEqual(["99990101000000_broken"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("serialises concurrent appliers with the advisory lock: each migration applied once", async () => {
    const fresh = await createTestDatabase();
    const other = await openDatabase({ DATABASE_URL: fresh.url, PGLITE_DATA_DIR: "memory://" });
    try {
      const results = await Promise.all([migrate(other.pool), migrate(other.pool), migrate(other.pool)]);
      expect(results.flat().sort()).toEqual(migrationNames);
    } finally {
      await other.close();
      await fresh.drop();
    }
  });

  // PGlite has one backend session, so only a real server can show the lock excluding another session.
  it.runIf(process.env.DATABASE_URL)("waits while another session holds Prisma's advisory lock", async () => {
    const fresh = await createTestDatabase();
    const other = await openDatabase({ DATABASE_URL: fresh.url, PGLITE_DATA_DIR: "memory://" });
    const holder = await other.pool.connect();
    try {
      await holder.query("SELECT pg_advisory_lock(72707369)");
      let isDone = false;
      const running = migrate(other.pool).then((names) => {
        isDone = true;
        return names;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(isDone).toBe(false);
      await holder.query("SELECT pg_advisory_unlock(72707369)");
      expect(await running).toEqual(migrationNames);
    } finally {
      holder.release();
      await other.close();
      await fresh.drop();
    }
  });
});
