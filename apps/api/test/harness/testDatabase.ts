import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TestDatabaseTarget {
  /** DATABASE_URL for the app, or undefined for PGlite in memory. */
  url: string | undefined;
  /** Drops the database created for this run (no-op for PGlite). */
  drop(): Promise<void>;
}

/**
 * With DATABASE_URL unset: PGlite `memory://`. With it set: a NEW database `pcc_test_<random>` on
 * that server, so test files run in parallel and never see each other's (or anyone's) data.
 */
export async function createTestDatabase(serverUrl = process.env.DATABASE_URL): Promise<TestDatabaseTarget> {
  if (!serverUrl) return { url: undefined, drop: async () => {} };
  const name = `pcc_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
