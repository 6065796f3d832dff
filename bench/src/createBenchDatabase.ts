import { randomBytes } from "node:crypto";
import pg from "pg";

export interface BenchDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

const adminUrl = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * A fresh database on the machine's shared PostgreSQL, so the run never touches anyone else's data.
 * Dropping it forces off any connection a crashed server left behind (WITH (FORCE), PostgreSQL 13+).
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `pcc_bench_${randomBytes(4).toString("hex")}`;
  await runAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => runAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function runAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
