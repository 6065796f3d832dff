// The dashboard's other reads as plain SQL through the pool: Prisma's query compiler and its
// objects cost more CPU than these small statements (bench/RESULTS.md). Months are read as
// "YYYY-MM" text so no Date is built. Same rows and order as the Prisma repositories they replace.
import type pg from "pg";
import type {
  MetricRecord,
  PriorityRecord,
  ProcessChangeRecord,
  ReportingPeriodRecord,
  ScorecardRecord,
  SectionRecord,
} from "../records.ts";

export async function listPrioritiesSql(pool: pg.Pool): Promise<PriorityRecord[]> {
  const { rows } = await pool.query<PriorityRecord>(
    `SELECT id, "planId", number, title FROM "Priority" ORDER BY "planId", number`,
  );
  return rows;
}

export async function findPrioritiesByIdsSql(
  pool: pg.Pool,
  ids: readonly number[],
): Promise<PriorityRecord[]> {
  const { rows } = await pool.query<PriorityRecord>(
    `SELECT id, "planId", number, title FROM "Priority" WHERE id = ANY($1::int[])`,
    [ids],
  );
  return rows;
}

export async function findScorecardsByPriorityIdsSql(
  pool: pg.Pool,
  priorityIds: readonly number[],
): Promise<ScorecardRecord[]> {
  const { rows } = await pool.query<ScorecardRecord>(
    `SELECT id, "priorityId", title, kind::text AS kind, position, source, "sourceUrl"
     FROM "Scorecard" WHERE "priorityId" = ANY($1::int[]) ORDER BY position, id`,
    [priorityIds],
  );
  return rows;
}

export async function findSectionsByScorecardIdsSql(
  pool: pg.Pool,
  scorecardIds: readonly number[],
): Promise<SectionRecord[]> {
  const { rows } = await pool.query<SectionRecord>(
    `SELECT id, "scorecardId", title, position
     FROM "ScorecardSection" WHERE "scorecardId" = ANY($1::int[]) ORDER BY position, id`,
    [scorecardIds],
  );
  return rows;
}

export async function findSectionMetricIdsSql(
  pool: pg.Pool,
  sectionIds: readonly number[],
): Promise<{ sectionId: number; metricId: string }[]> {
  const { rows } = await pool.query<{ sectionId: number; metricId: string }>(
    `SELECT "sectionId", "metricId" FROM "SectionMetric"
     WHERE "sectionId" = ANY($1::int[]) ORDER BY position, "metricId"`,
    [sectionIds],
  );
  return rows;
}

export async function findMetricsByIdsSql(pool: pg.Pool, ids: readonly string[]): Promise<MetricRecord[]> {
  const { rows } = await pool.query<MetricRecord>(
    `SELECT id, name, description, unit::text AS unit, polarity::text AS polarity, basis::text AS basis,
            "changeBasis"::text AS "changeBasis", family, statistic, target, "targetKind"::text AS "targetKind", "targetLabel", "dataSource",
            "sourceUrl", "reportingLagMonths", "lagNote",
            to_char("dataCaptureStart", 'YYYY-MM') AS "dataCaptureStart", "spcBaselinePoints", "isSurvey", version
     FROM "Metric" WHERE id = ANY($1::text[])`,
    [ids],
  );
  return rows;
}

export async function findProcessChangesByMetricIdsSql(
  pool: pg.Pool,
  metricIds: readonly string[],
): Promise<ProcessChangeRecord[]> {
  const { rows } = await pool.query<ProcessChangeRecord>(
    `SELECT "metricId", to_char(month, 'YYYY-MM') AS month, label
     FROM "ProcessChange" WHERE "metricId" = ANY($1::text[]) ORDER BY month`,
    [metricIds],
  );
  return rows;
}

export async function listReportingPeriodsSql(pool: pg.Pool): Promise<ReportingPeriodRecord[]> {
  const { rows } = await pool.query<ReportingPeriodRecord>(
    `SELECT id, code, label, kind::text AS kind, to_char("startDate", 'YYYY-MM') AS start,
            to_char("endDate", 'YYYY-MM') AS "end", to_char(coalesce("dataMonth", "endDate"), 'YYYY-MM') AS "dataMonth"
     FROM "ReportingPeriod" ORDER BY "startDate" DESC, kind DESC`,
  );
  return rows;
}
