import type pg from "pg";

/**
 * The database's data version: a number a trigger bumps once per transaction that writes anything
 * but sessions and sign-in counters (migration `data_version`), visible together with the data it
 * stamps. Equal versions mean equal data, on every replica. The one place that reads it; every cache
 * in the process serves an entry only to a request at the version it was stored at
 * (cache/VersionedCache.ts, docs/decisions/0013-one-freshness-model.md).
 */
export async function readDataVersion(pool: pg.Pool): Promise<string> {
  // Named, so each connection parses and plans it once: it runs on nearly every request.
  const { rows } = await pool.query<{ version: string }>({
    name: "data-version",
    text: `SELECT version::text AS version FROM "DataVersion" WHERE id = 1`,
  });
  const version = rows[0]?.version;
  if (version === undefined) throw new Error('The "DataVersion" row is missing: migrations are incomplete');
  return version;
}
