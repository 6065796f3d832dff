// Read with every SPC chart: plain SQL through the pool (docs/decisions/0012-one-read-path.md).
import type pg from "pg";
import type { ProcessChangeRecord } from "../records.ts";

export function processChangeRepository(pool: pg.Pool) {
  return {
    /** Oldest month first. */
    async findByMetricIds(metricIds: readonly string[]): Promise<ProcessChangeRecord[]> {
      const { rows } = await pool.query<ProcessChangeRecord>(
        `SELECT "metricId", to_char(month, 'YYYY-MM') AS month, label
         FROM "ProcessChange" WHERE "metricId" = ANY($1::text[]) ORDER BY month`,
        [metricIds],
      );
      return rows;
    },
  };
}

export type ProcessChangeRepository = ReturnType<typeof processChangeRepository>;
