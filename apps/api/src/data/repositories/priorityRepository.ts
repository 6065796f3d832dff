// Priorities are read on every dashboard, so they are plain SQL through the pool
// (docs/decisions/0012-one-read-path.md); nothing in the API writes them.
import type pg from "pg";
import type { PriorityRecord } from "../records.ts";

const COLUMNS = `id, "planId", number, title`;

export function priorityRepository(pool: pg.Pool) {
  return {
    /** Every priority, by plan and number. */
    async list(): Promise<PriorityRecord[]> {
      const { rows } = await pool.query<PriorityRecord>(
        `SELECT ${COLUMNS} FROM "Priority" ORDER BY "planId", number`,
      );
      return rows;
    },

    async findByIds(ids: readonly number[]): Promise<PriorityRecord[]> {
      const { rows } = await pool.query<PriorityRecord>(
        `SELECT ${COLUMNS} FROM "Priority" WHERE id = ANY($1::int[])`,
        [ids],
      );
      return rows;
    },
  };
}

export type PriorityRepository = ReturnType<typeof priorityRepository>;
