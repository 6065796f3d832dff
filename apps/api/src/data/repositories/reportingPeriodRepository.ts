// Every request that names a period reads them, so they are plain SQL through the pool with months
// as "YYYY-MM" text (docs/decisions/0012-one-read-path.md).
import type pg from "pg";
import type { ReportingPeriodRecord } from "../records.ts";

export function reportingPeriodRepository(pool: pg.Pool) {
  return {
    /** Newest first, drafts included: who may see a draft is the request's loaders' decision. */
    async list(): Promise<ReportingPeriodRecord[]> {
      const { rows } = await pool.query<ReportingPeriodRecord>(
        `SELECT id, code, label, kind::text AS kind, to_char("startDate", 'YYYY-MM') AS start,
                to_char("endDate", 'YYYY-MM') AS "end", to_char(coalesce("dataMonth", "endDate"), 'YYYY-MM') AS "dataMonth",
                status::text AS status, to_char("publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt",
                "openedFromId", "planId", version
         FROM "ReportingPeriod" ORDER BY "startDate" DESC, kind DESC`,
      );
      return rows;
    },
  };
}

export type ReportingPeriodRepository = ReturnType<typeof reportingPeriodRepository>;
