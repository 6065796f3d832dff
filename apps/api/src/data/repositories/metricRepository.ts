// A metric by id is read on every dashboard and drill-down: plain SQL through the pool, months as
// "YYYY-MM" text (docs/decisions/0012-one-read-path.md). The search and family lists are Prisma.
import { monthKeyOf } from "@pcc/domain";
import type pg from "pg";
import type { DbClient } from "../client.ts";
import type { Metric } from "../generated/prisma/client.ts";
import type { MetricRecord } from "../records.ts";

export const toMetricRecord = (m: Metric): MetricRecord => ({
  ...m,
  spcTwoOfThreeRule: m.spcTwoOfThreeRule as MetricRecord["spcTwoOfThreeRule"],
  dataCaptureStart: m.dataCaptureStart ? monthKeyOf(m.dataCaptureStart) : null,
  retiredAt: m.retiredAt ? m.retiredAt.toISOString() : null,
});

export function metricRepository(pool: pg.Pool, db: DbClient) {
  return {
    async findByIds(ids: readonly string[]): Promise<MetricRecord[]> {
      const { rows } = await pool.query<MetricRecord>(
        `SELECT id, name, description, unit::text AS unit, polarity::text AS polarity, basis::text AS basis,
                "changeBasis"::text AS "changeBasis", family, statistic, target, "targetKind"::text AS "targetKind",
                "targetLabel", "dataSource", "sourceUrl", "reportingLagMonths", "lagNote",
                to_char("dataCaptureStart", 'YYYY-MM') AS "dataCaptureStart", "spcBaselinePoints", "isSurvey", version,
                "spcRunLength", "spcTrendLength", "spcTwoOfThreeRule", "targetSetBy",
                to_char("retiredAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "retiredAt"
         FROM "Metric" WHERE id = ANY($1::text[])`,
        [ids],
      );
      return rows;
    },

    /** Every metric, or those whose name, id or family contains `search` (any case); by id. */
    async list(search?: string): Promise<MetricRecord[]> {
      const contains = search?.trim();
      const rows = await db.metric.findMany({
        where: contains
          ? {
              OR: [
                { name: { contains, mode: "insensitive" } },
                { id: { contains, mode: "insensitive" } },
                { family: { contains, mode: "insensitive" } },
              ],
            }
          : undefined,
        orderBy: { id: "asc" },
      });
      return rows.map(toMetricRecord);
    },

    async findByFamilies(families: readonly string[]): Promise<MetricRecord[]> {
      const rows = await db.metric.findMany({
        where: { family: { in: [...families] } },
        orderBy: { id: "asc" },
      });
      return rows.map(toMetricRecord);
    },
  };
}

export type MetricRepository = ReturnType<typeof metricRepository>;
