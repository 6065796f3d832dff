import type pg from "pg";

/**
 * The database's data version: a number a trigger bumps once per transaction that writes anything
 * but sessions (migration `data_version`). Equal versions mean equal data, on every replica.
 */
export async function readDataVersion(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ version: string }>(
    `SELECT version::text AS version FROM "DataVersion" WHERE id = 1`,
  );
  const version = rows[0]?.version;
  if (version === undefined) throw new Error('The "DataVersion" row is missing: migrations are incomplete');
  return version;
}
