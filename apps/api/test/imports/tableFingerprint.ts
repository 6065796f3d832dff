import type { Database } from "../../src/data/db.ts";

export interface TableFingerprint {
  count: number;
  checksum: string | null;
}

/**
 * Row count and an md5 over every row of a table, in id order: equal fingerprints before and
 * after a refused commit show nothing at all was written.
 */
export async function tableFingerprint(
  db: Database,
  table: "Observation" | "Benchmark" | "ImportBatch" | "AuditEvent",
): Promise<TableFingerprint> {
  const result = await db.pool.query<{ count: string; checksum: string | null }>(
    `SELECT count(*) AS count, md5(string_agg(t::text, '|' ORDER BY t.id)) AS checksum FROM "${table}" t`,
  );
  const row = result.rows[0]!;
  return { count: Number(row.count), checksum: row.checksum };
}
