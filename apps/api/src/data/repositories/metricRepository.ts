// A metric by id is read on every dashboard and drill-down: plain SQL through the pool, months as
// "YYYY-MM" text (docs/decisions/0012-one-read-path.md), and so is a family's list; the search is Prisma.
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

/** A MetricRecord's columns, also read as JSON by the prefetching statements (prefetchRepository.ts). */
export const METRIC_COLUMNS = `id, name, description, unit::text AS unit, polarity::text AS polarity, basis::text AS basis,
  "changeBasis"::text AS "changeBasis", family, statistic, target, "targetKind"::text AS "targetKind",
  "targetLabel", "dataSource", "sourceUrl", "reportingLagMonths", "lagNote",
  to_char("dataCaptureStart", 'YYYY-MM') AS "dataCaptureStart", "spcBaselinePoints", "isSurvey", version,
  "spcRunLength", "spcTrendLength", "spcTwoOfThreeRule", "targetSetBy",
  to_char("retiredAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "retiredAt"`;

export function metricRepository(pool: pg.Pool, db: DbClient) {
  return {
    async findByIds(ids: readonly string[]): Promise<MetricRecord[]> {
      const { rows } = await pool.query<MetricRecord>({
        name: "metrics-by-ids",
        text: `SELECT ${METRIC_COLUMNS} FROM "Metric" WHERE id = ANY($1::text[])`,
        values: [ids],
      });
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

    /** By id. Read with every drill-down's comparisons and narrative, so plain SQL too. */
    async findByFamilies(families: readonly string[]): Promise<MetricRecord[]> {
      const { rows } = await pool.query<MetricRecord>({
        name: "metrics-by-families",
        text: `SELECT ${METRIC_COLUMNS} FROM "Metric" WHERE family = ANY($1::text[]) ORDER BY id`,
        values: [families],
      });
      return rows;
    },
  };
}

export type MetricRepository = ReturnType<typeof metricRepository>;
