// Read with every SPC chart: plain SQL through the pool (docs/decisions/0012-one-read-path.md).
import type pg from "pg";
import type { ProcessChangeRecord } from "../records.ts";

/** A ProcessChangeRecord's columns, also read as JSON by the prefetching statements (prefetchRepository.ts). */
export const PROCESS_CHANGE_COLUMNS = `"metricId", to_char(month, 'YYYY-MM') AS month, label`;

export function processChangeRepository(pool: pg.Pool) {
  return {
    /** Oldest month first. */
    async findByMetricIds(metricIds: readonly string[]): Promise<ProcessChangeRecord[]> {
      const { rows } = await pool.query<ProcessChangeRecord>({
        name: "process-changes-by-metric-ids",
        text: `SELECT ${PROCESS_CHANGE_COLUMNS} FROM "ProcessChange" WHERE "metricId" = ANY($1::text[]) ORDER BY month`,
        values: [metricIds],
      });
      return rows;
    },
  };
}

export type ProcessChangeRepository = ReturnType<typeof processChangeRepository>;
